import { Alert, App, Descriptions, Form, Input, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { FormModal } from '@/components/FormModal';
import { formatDate, formatDateTime } from '@/lib/format';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import type { Delegation } from '../api/get-delegations';
import { useDelegate } from '../api/get-official';
import { useReviewDelegation } from '../api/review-delegation';
import { delegationMessages } from '../messages';
import { timingVerdict } from './timing';

export type ReviewDecision = 'APPROVED' | 'REJECTED';

/** The bureau's decision on a delegation, with the delegation restated so the reviewer sees what they decide. */
export function ReviewDelegationModal({
  delegation,
  decision,
  onClose,
  attachments,
}: {
  delegation?: Delegation;
  decision: ReviewDecision;
  onClose: () => void;
  /** The delegation's documents, listed and openable (composed by the app from the documents feature). */
  attachments?: (delegation: Delegation) => ReactNode;
}) {
  const t = useMessages(delegationMessages);
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const review = useReviewDelegation();
  const rejecting = decision === 'REJECTED';
  const delegate = useDelegate(delegation?.delegateOfficialCode).data;
  const delegateName = delegation?.delegateName ?? delegate?.name ?? '';
  const verdict = delegation ? timingVerdict(delegation) : 'inTime';
  const verdictText = {
    inTime: t('timingInTime'),
    late: t('timingLate'),
    courtRefused: t('timingCourtRefused'),
  }[verdict];

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
            {
              key: 'reason',
              label: t('reason'),
              children: (
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                  {delegation.reason}
                </Typography.Paragraph>
              ),
            },
            {
              key: 'delegate',
              label: t('delegate'),
              children: delegate
                ? delegate.title
                  ? t('delegatePost', {
                      name: delegateName,
                      title: delegate.title,
                      role: label('OfficialRole', delegate.role),
                    })
                  : t('delegatePostNoTitle', { name: delegateName, role: label('OfficialRole', delegate.role) })
                : delegateName,
            },
            {
              key: 'filedOn',
              label: t('filedOn'),
              children: `${formatDate(delegation.filedOn)}${delegation.late ? `（${t('late')}）` : ''}`,
            },
            {
              key: 'courtFinding',
              label: t('courtFinding'),
              children: delegation.courtFinding ? (
                <Tag color={delegation.courtFinding === 'NOT_ACCEPTED' ? 'error' : 'success'}>
                  {label('CourtFinding', delegation.courtFinding)}
                </Tag>
              ) : (
                t('courtFindingNone')
              ),
            },
            {
              key: 'attachments',
              label: t('attachments'),
              children: attachments
                ? attachments(delegation)
                : delegation.papersAttached
                  ? t('papersAttached')
                  : t('papersMissing'),
            },
          ]}
        />
      ) : null}
      {delegation ? (
        <Alert
          type={verdict === 'inTime' ? 'info' : 'warning'}
          showIcon
          title={t('timing')}
          description={verdictText}
          style={{ marginBottom: 16 }}
          data-testid="timing-verdict"
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
