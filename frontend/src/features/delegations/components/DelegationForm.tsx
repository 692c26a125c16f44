import { Alert, App, Form, Select } from 'antd';
import type { ReactNode } from 'react';
import { PageForm } from '@/components/PageForm';
import type { Schema } from '@/lib/api/types';
import { formatDate, shanghaiToday } from '@/lib/format';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import { useCreateDelegation } from '../api/create-delegation';
import { delegationMessages } from '../messages';
import { DelegationFields, type DelegationDetails } from './DelegationFields';

type Hearing = Schema<'Hearing'>;
type Defendant = Schema<'Defendant'>;

type DelegationValues = { agencyCode: string } & DelegationDetails;

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
  attachments,
  onCreated,
}: {
  hearing: Hearing;
  defendants: Defendant[];
  onDone: () => void;
  onCancel: () => void;
  /** A field for the delegation letter and evidence, supplied by the page that composes this form. */
  attachments?: ReactNode;
  /** Runs once the delegation exists, e.g. to upload its attachments, which need its id. */
  onCreated?: (delegation: Schema<'Delegation'>) => Promise<unknown>;
}) {
  const t = useMessages(delegationMessages);
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<DelegationValues>();
  const create = useCreateDelegation();

  const agencyCode = Form.useWatch('agencyCode', form);
  const hearingDate = hearing.date ?? formatDate(hearing.scheduledAt);
  const late = shanghaiToday() > hearingDate;

  const submit = async (values: DelegationValues) => {
    const created = await create.mutateAsync({
      hearingId: hearing.id!,
      agencyCode: values.agencyCode,
      reasonCategory: values.reasonCategory,
      reason: values.reason.trim(),
      delegateOfficialCode: values.delegateOfficialCode,
    });
    message.success(t('submitted'));
    await onCreated?.(created);
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
      <DelegationFields agencyCode={agencyCode} hearingDate={hearingDate} />
      {attachments ? (
        <Form.Item label={t('attachments')} extra={t('attachmentsHelp')}>
          {attachments}
        </Form.Item>
      ) : null}
    </PageForm>
  );
}
