import { App, DatePicker, Form, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '@/components/FormModal';
import type { Schema } from '@/lib/api/types';
import { commonMessages } from '@/lib/i18n/common-messages';
import { enumOptions } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { usePutOutcome, type Outcome } from '../api/put-outcome';
import { caseMessages } from '../messages';

interface Values {
  result: Schema<'OutcomeResult'>;
  concludedOn: Dayjs;
  coordinated: boolean;
}

/**
 * 登记 or 更正 the outcome of a case. A first record presumes nothing: the result and whether the coordination
 * centre resolved it are chosen, since both move the district's figures.
 */
export function OutcomeModal({ caseId, outcome, onClose }: { caseId: number; outcome?: Outcome; onClose: () => void }) {
  const t = useMessages(caseMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const put = usePutOutcome();
  const submit = async ({ result, concludedOn, coordinated }: Values) => {
    await put.mutateAsync({
      caseId,
      version: outcome?.version,
      body: { result, concludedOn: concludedOn.format('YYYY-MM-DD'), coordinated },
    });
    message.success(t('outcomeSaved'));
  };
  return (
    <FormModal<Values>
      title={outcome ? t('editOutcome') : t('recordOutcome')}
      open
      form={form}
      initialValues={
        outcome
          ? { result: outcome.result, concludedOn: dayjs(outcome.concludedOn), coordinated: outcome.coordinated }
          : {}
      }
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="result" label={t('result')} rules={[{ required: true, message: t('chooseResult') }]}>
        <Select options={enumOptions('OutcomeResult', lang)} />
      </Form.Item>
      <Form.Item name="concludedOn" label={t('concludedOn')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="coordinated"
        label={t('coordinated')}
        rules={[{ required: true, message: t('chooseCoordinated') }]}
      >
        <Radio.Group
          options={[
            { value: true, label: c('yes') },
            { value: false, label: c('no') },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}
