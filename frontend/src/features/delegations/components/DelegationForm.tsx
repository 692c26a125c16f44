import { Alert, App, Form, Input, Select } from 'antd';
import { useAgencyOfficials } from '@/components/directory-queries';
import { OfficialSelect } from '@/components/OfficialSelect';
import { PageForm } from '@/components/PageForm';
import type { Schema } from '@/lib/api/types';
import { formatDate, shanghaiToday } from '@/lib/format';
import { enumOptions, useEnumLabel } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useCreateDelegation } from '../api/create-delegation';
import { delegationMessages } from '../messages';

type Hearing = Schema<'Hearing'>;
type Defendant = Schema<'Defendant'>;
type ReasonCategory = Schema<'ReasonCategory'>;

interface DelegationValues {
  agencyCode: string;
  reasonCategory: ReasonCategory;
  reason: string;
  delegateOfficialCode: string;
}

/** The server's rule (R4): whitespace padding does not make a reason specific. */
export const MINIMUM_REASON_LENGTH = 10;

/**
 * Files the written explanation of why an agency's head cannot appear at a hearing, and who is delegated.
 * The checks are the server's (R4): a reason category, a specific reason, a delegate who is staff of the
 * same agency and in post on the hearing date. A delegation after the hearing is accepted, with a warning.
 */
export function DelegationForm({
  hearing,
  defendants,
  onDone,
  onCancel,
}: {
  hearing: Hearing;
  defendants: Defendant[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useMessages(delegationMessages);
  const { lang } = useLanguage();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<DelegationValues>();
  const create = useCreateDelegation();

  const agencyCode = Form.useWatch('agencyCode', form);
  const staff = useAgencyOfficials(agencyCode, 'STAFF').data;
  const hearingDate = hearing.date ?? formatDate(hearing.scheduledAt);
  const late = shanghaiToday() > hearingDate;

  const submit = async (values: DelegationValues) => {
    await create.mutateAsync({
      hearingId: hearing.id!,
      agencyCode: values.agencyCode,
      reasonCategory: values.reasonCategory,
      reason: values.reason.trim(),
      delegateOfficialCode: values.delegateOfficialCode,
    });
    message.success(t('submitted'));
  };

  return (
    <PageForm<DelegationValues>
      title={t('formTitle')}
      form={form}
      initialValues={{ agencyCode: defendants.length === 1 ? defendants[0].code : undefined }}
      onSubmit={submit}
      onDone={onDone}
      onCancel={onCancel}
      submitText={t('submit')}
      aboveForm={
        <>
          {late ? <Alert type="warning" showIcon title={t('lateWarning', { date: hearingDate })} /> : null}
          {hearing.status && hearing.status !== 'SCHEDULED' ? (
            <Alert type="info" showIcon title={t('notScheduled', { status: label('HearingStatus', hearing.status) })} />
          ) : null}
        </>
      }
    >
      <Form.Item name="agencyCode" label={t('agency')} rules={[{ required: true, message: t('required') }]}>
        <Select
          options={defendants.map((d) => ({ value: d.code, label: d.name ?? d.code }))}
          onChange={() => form.setFieldValue('delegateOfficialCode', undefined)}
        />
      </Form.Item>
      <Form.Item name="reasonCategory" label={t('reasonCategory')} rules={[{ required: true, message: t('required') }]}>
        <Select options={enumOptions('ReasonCategory', lang)} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('reason')}
        rules={[
          { required: true, whitespace: true, message: t('required') },
          {
            validator: (_, value: string | undefined) =>
              !value || value.trim().length >= MINIMUM_REASON_LENGTH
                ? Promise.resolve()
                : Promise.reject(new Error(t('reasonTooShort', { min: MINIMUM_REASON_LENGTH }))),
          },
        ]}
      >
        <Input.TextArea rows={4} showCount maxLength={2000} placeholder={t('reasonPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="delegateOfficialCode"
        label={t('delegate')}
        extra={t('delegateHelp')}
        dependencies={['agencyCode']}
        rules={[
          { required: true, message: t('required') },
          {
            validator: (_, code: string | undefined) => {
              if (!code || !staff) return Promise.resolve();
              const delegate = staff.find((o) => o.code === code);
              if (!delegate || delegate.agencyCode !== agencyCode || delegate.role !== 'STAFF') {
                return Promise.reject(new Error(t('delegateNotStaff')));
              }
              const inPost =
                (!delegate.validFrom || delegate.validFrom <= hearingDate) &&
                (!delegate.validTo || delegate.validTo >= hearingDate);
              return inPost
                ? Promise.resolve()
                : Promise.reject(new Error(t('delegateNotInPost', { date: hearingDate })));
            },
          },
        ]}
      >
        <OfficialSelect agencyCode={agencyCode} role="STAFF" />
      </Form.Item>
    </PageForm>
  );
}
