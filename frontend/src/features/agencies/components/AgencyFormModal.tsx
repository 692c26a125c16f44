import { App, Form, Input, Select } from 'antd';
import { AgencySelect } from '@/components/AgencySelect';
import { FormModal } from '@/components/FormModal';
import { enumOptions } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useCreateAgency } from '../api/create-agency';
import type { Agency, AgencyKind } from '../api/get-agencies';
import { useUpdateAgency } from '../api/update-agency';
import { agencyMessages } from '../messages';

interface AgencyValues {
  code: string;
  name: string;
  kind: AgencyKind;
  parentCode?: string | null;
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Creates an agency, or edits one when `agency` is given (its code is the natural key and stays). */
export function AgencyFormModal({ open, agency, onClose }: { open: boolean; agency?: Agency; onClose: () => void }) {
  const t = useMessages(agencyMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<AgencyValues>();
  const create = useCreateAgency();
  const update = useUpdateAgency();
  const editing = !!agency;

  const submit = async (values: AgencyValues) => {
    const parentCode = values.parentCode || undefined;
    if (agency) {
      await update.mutateAsync({
        code: agency.code ?? '',
        version: agency.version ?? 0,
        body: { name: values.name.trim(), kind: values.kind, parentCode },
      });
      message.success(t('updated', { name: values.name }));
    } else {
      await create.mutateAsync({ code: values.code.trim(), name: values.name.trim(), kind: values.kind, parentCode });
      message.success(t('created', { name: values.name }));
    }
  };

  return (
    <FormModal<AgencyValues>
      title={editing ? t('editTitle') : t('createTitle')}
      open={open}
      form={form}
      initialValues={
        agency
          ? { code: agency.code, name: agency.name, kind: agency.kind, parentCode: agency.parentCode ?? undefined }
          : { kind: 'DEPARTMENT' }
      }
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="code"
        label={t('code')}
        extra={editing ? undefined : t('codeHelp')}
        rules={[
          { required: true, whitespace: true, message: t('required') },
          { max: 64 },
          { pattern: CODE_PATTERN, message: t('codeFormat') },
        ]}
      >
        <Input disabled={editing} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('name')}
        rules={[{ required: true, whitespace: true, message: t('required') }, { max: 200 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('required') }]}>
        <Select options={enumOptions('AgencyKind', lang)} />
      </Form.Item>
      <Form.Item name="parentCode" label={t('parent')}>
        <AgencySelect placeholder={t('parent')} />
      </Form.Item>
    </FormModal>
  );
}
