import { Alert, Button, Form, Input, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '@/lib/api/problem';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import type { Delegation } from '../api/get-delegations';
import { useReviewDelegation } from '../api/review-delegation';
import { delegationMessages } from '../messages';
import { reviewEach, type BatchOutcome } from './batch-review';
import type { ReviewDecision } from './ReviewDelegationModal';

/** One comment for the selected delegations, reviewed one by one; the dialog then says what went through. */
export function BatchReviewModal({
  delegations,
  decision,
  onClose,
}: {
  delegations: Delegation[];
  decision: ReviewDecision;
  onClose: (done: boolean) => void;
}) {
  const t = useMessages(delegationMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLanguage();
  const [form] = Form.useForm<{ comment?: string }>();
  const review = useReviewDelegation();
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<BatchOutcome>();
  const rejecting = decision === 'REJECTED';

  const run = async () => {
    const { comment } = await form.validateFields();
    setRunning(true);
    try {
      setOutcome(
        await reviewEach(
          delegations,
          decision,
          (d) =>
            review.mutateAsync({
              id: d.id!,
              version: d.version ?? 0,
              body: { decision, comment: comment?.trim() || undefined },
            }),
          (error) => errorMessage(error, lang),
        ),
      );
    } finally {
      setRunning(false);
    }
  };

  const count = delegations.length;
  return (
    <Modal
      open={count > 0}
      title={rejecting ? t('batchTitleReject', { n: count }) : t('batchTitleApprove', { n: count })}
      onCancel={() => onClose(!!outcome)}
      width={640}
      footer={
        outcome ? (
          <Button type="primary" onClick={() => onClose(true)}>
            {t('close')}
          </Button>
        ) : (
          <>
            <Button onClick={() => onClose(false)}>{c('cancel')}</Button>
            <Button type="primary" danger={rejecting} loading={running} onClick={run}>
              {rejecting ? t('reject') : t('approve')}
            </Button>
          </>
        )
      }
    >
      <List
        size="small"
        dataSource={delegations}
        style={{ marginBottom: 16, maxHeight: 200, overflow: 'auto' }}
        renderItem={(d) => (
          <List.Item>
            {d.caseNumber} · {d.agencyName ?? ''}
          </List.Item>
        )}
      />
      {outcome ? (
        <div data-testid="batch-outcome">
          <Alert
            type={outcome.failed.length || outcome.skipped.length ? 'warning' : 'success'}
            showIcon
            title={t('batchDone', { done: outcome.done.length })}
            description={
              <>
                {outcome.skipped.length ? (
                  <Typography.Paragraph>{t('batchNeedsPapers', { n: outcome.skipped.length })}</Typography.Paragraph>
                ) : null}
                {outcome.failed.length ? (
                  <>
                    <Typography.Text>{t('batchFailed', { n: outcome.failed.length })}</Typography.Text>
                    <ul>
                      {outcome.failed.map((f) => (
                        <li key={f.delegation.id}>
                          {f.delegation.caseNumber}：{f.reason}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </>
            }
          />
        </div>
      ) : (
        <Form form={form} layout="vertical">
          <Form.Item
            name="comment"
            label={t('comment')}
            extra={t('batchCommentHelp')}
            rules={rejecting ? [{ required: true, whitespace: true, message: t('commentRequired') }] : []}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
