import { App, Descriptions, Form, Input } from 'antd';
import { FormModal } from '@/components/FormModal';
import { formatDate, formatDateTime } from '@/lib/format';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import type { Delegation } from '../api/get-delegations';
import { useReviewDelegation } from '../api/review-delegation';
import { delegationMessages } from '../messages';

export type ReviewDecision = 'APPROVED' | 'REJECTED';

/** The bureau's decision on a delegation, with the delegation restated so the reviewer sees what they decide. */
export function ReviewDelegationModal({
  delegation,
  decision,
  onClose,
}: {
  delegation?: Delegation;
  decision: ReviewDecision;
  onClose: () => void;
}) {
  const t = useMessages(delegationMessages);
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const review = useReviewDelegation();
  const rejecting = decision === 'REJECTED';

  const submit = async ({ comment }: { comment?: string }) => {
    await review.mutateAsync({
      id: delegation!.id!,
      version: delegation!.version ?? 0,
      body: { decision, comment: comment?.trim() || undefined },
    });
    message.success(rejecting ? t('rejected') : t('approved'));
  };

  return (
    <FormModal<{ comment?: string }>
      title={rejecting ? t('rejectTitle') : t('approveTitle')}
      open={!!delegation}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={rejecting ? t('reject') : t('approve')}
      width={640}
    >
      {delegation ? (
        <Descriptions
          size="small"
          column={1}
          bordered
          style={{ marginBottom: 16 }}
          items={[
            { key: 'case', label: t('caseNumber'), children: delegation.caseNumber },
            { key: 'hearing', label: t('hearingAt'), children: formatDateTime(delegation.hearingScheduledAt) },
            { key: 'agency', label: t('agency'), children: delegation.agencyName ?? delegation.agencyCode },
            {
              key: 'reasonCategory',
              label: t('reasonCategory'),
              children: label('ReasonCategory', delegation.reasonCategory),
            },
            { key: 'reason', label: t('reason'), children: delegation.reason },
            {
              key: 'delegate',
              label: t('delegate'),
              children: delegation.delegateName ?? delegation.delegateOfficialCode,
            },
            {
              key: 'filedOn',
              label: t('filedOn'),
              children: `${formatDate(delegation.filedOn)}${delegation.late ? `（${t('late')}）` : ''}`,
            },
          ]}
        />
      ) : null}
      <Form.Item
        name="comment"
        label={t('comment')}
        rules={rejecting ? [{ required: true, whitespace: true, message: t('commentRequired') }] : []}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          showCount
          placeholder={rejecting ? t('commentRequired') : t('commentOptional')}
        />
      </Form.Item>
    </FormModal>
  );
}
