import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { AgencySelect } from '@/components/AgencySelect';
import { FormModal } from '@/components/FormModal';
import { enumOptions } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useCreateOfficial } from '../api/create-official';
import type { Official, OfficialRole } from '../api/get-officials';
import { useUpdateOfficial } from '../api/update-official';
import { officialMessages } from '../messages';

interface OfficialValues {
  code: string;
  agencyCode: string;
  name: string;
  role: OfficialRole;
  title?: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const DATE = 'YYYY-MM-DD';

/** Creates an official, or edits one when `official` is given (code and agency stay: a new post is a new record). */
export function OfficialFormModal({
  open,
  official,
  defaultAgencyCode,
  onClose,
}: {
  open: boolean;
  official?: Official;
  defaultAgencyCode?: string;
  onClose: () => void;
}) {
  const t = useMessages(officialMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<OfficialValues>();
  const create = useCreateOfficial();
  const update = useUpdateOfficial();
  const editing = !!official;

  const submit = async (values: OfficialValues) => {
    const common = {
      name: values.name.trim(),
      role: values.role,
      title: values.title?.trim() || undefined,
      validFrom: values.validFrom.format(DATE),
      validTo: values.validTo ? values.validTo.format(DATE) : undefined,
    };
    if (official) {
      await update.mutateAsync({ code: official.code ?? '', version: official.version ?? 0, body: common });
      message.success(t('updated', { name: common.name }));
    } else {
      await create.mutateAsync({ ...common, code: values.code.trim(), agencyCode: values.agencyCode });
      message.success(t('created', { name: common.name }));
    }
  };

  return (
    <FormModal<OfficialValues>
      title={editing ? t('editTitle') : t('createTitle')}
      open={open}
      form={form}
      initialValues={
        official
          ? {
              code: official.code,
              agencyCode: official.agencyCode,
              name: official.name,
              role: official.role,
              title: official.title ?? undefined,
              validFrom: official.validFrom ? dayjs(official.validFrom) : undefined,
              validTo: official.validTo ? dayjs(official.validTo) : undefined,
            }
          : { agencyCode: defaultAgencyCode, role: 'STAFF' }
      }
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="agencyCode" label={t('agency')} rules={[{ required: true, message: t('required') }]}>
        <AgencySelect disabled={editing} placeholder={t('agency')} />
      </Form.Item>
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
        rules={[{ required: true, whitespace: true, message: t('required') }, { max: 100 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('role')}
        extra={t('headHelp')}
        rules={[{ required: true, message: t('required') }]}
      >
        <Select options={enumOptions('OfficialRole', lang)} />
      </Form.Item>
      <Form.Item name="title" label={t('jobTitle')} rules={[{ max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="validFrom" label={t('validFrom')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="validTo"
        label={t('validTo')}
        dependencies={['validFrom']}
        rules={[
          ({ getFieldValue }) => ({
            validator(_, value: Dayjs | null | undefined) {
              const from = getFieldValue('validFrom') as Dayjs | undefined;
              if (!value || !from || !value.isBefore(from, 'day')) return Promise.resolve();
              return Promise.reject(new Error(t('validToBeforeFrom')));
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} placeholder={t('current')} />
      </Form.Item>
    </FormModal>
  );
}
