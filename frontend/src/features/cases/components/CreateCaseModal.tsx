import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { AgencySelect } from '@/components/AgencySelect';
import { FormModal } from '@/components/FormModal';
import { normaliseCaseNumber } from '@/lib/case-number';
import { enumOptions } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useCreateCase, type CaseCreate, type LitigationCase } from '../api/create-case';
import { caseMessages } from '../messages';

type Values = Omit<CaseCreate, 'filedOn'> & { filedOn?: Dayjs };

const DISTRICT_COURT = '重庆市渝北区人民法院';

/**
 * 新建案件: a case the court has not pushed, with its defendants (共同被告 when several) and the categories that
 * make a head's appearance mandatory. The 案号 is stored in the courts' form whatever brackets were typed.
 */
export function CreateCaseModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useMessages(caseMessages);
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateCase();

  const submit = ({ filedOn, caseNumber, court, causeOfAction, ...rest }: Values) =>
    create.mutateAsync({
      ...rest,
      court: court.trim(),
      caseNumber: normaliseCaseNumber(caseNumber),
      causeOfAction: causeOfAction?.trim() || undefined,
      filedOn: filedOn?.format('YYYY-MM-DD'),
    });

  return (
    <FormModal<Values, LitigationCase>
      title={t('createTitle')}
      open={open}
      form={form}
      width={640}
      initialValues={{ court: DISTRICT_COURT, trialLevel: 'FIRST_INSTANCE', plaintiffs: [], mandatoryCategories: [] }}
      onSubmit={submit}
      onSaved={(created) => created.id !== undefined && navigate(`/cases/${created.id}`)}
      onClose={onClose}
    >
      <Form.Item name="court" label={t('court')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="caseNumber"
        label={t('caseNumber')}
        extra={t('caseNumberHelp')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={100} placeholder="（2026）渝0112行初1号" />
      </Form.Item>
      <Form.Item name="trialLevel" label={t('trialLevel')} rules={[{ required: true, message: t('required') }]}>
        <Select options={enumOptions('TrialLevel', lang)} />
      </Form.Item>
      <Form.Item name="filedOn" label={t('filedOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="causeOfAction" label={t('causeOfAction')}>
        <Input maxLength={200} placeholder={t('causePlaceholder')} />
      </Form.Item>
      <Form.Item name="plaintiffs" label={t('plaintiffs')} extra={t('plaintiffsHelp')}>
        <Select mode="tags" open={false} suffix={null} />
      </Form.Item>
      <Form.Item
        name="defendants"
        label={t('defendants')}
        extra={t('defendantsHelp')}
        rules={[{ required: true, type: 'array', min: 1, message: t('defendantsRequired') }]}
      >
        <AgencySelect mode="multiple" />
      </Form.Item>
      <Form.Item name="mandatoryCategories" label={t('mandatoryCategories')} extra={t('mandatoryHelp')}>
        <Select mode="multiple" allowClear options={enumOptions('MandatoryCategory', lang)} />
      </Form.Item>
    </FormModal>
  );
}
