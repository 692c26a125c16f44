import { App, Form, Input, Select, Typography } from 'antd';
import { FormModal } from '@/components/FormModal';
import { useMessages } from '@/lib/i18n/language-context';
import { useCancelInterview } from '../api/cancel-interview';
import type { Interview } from '../api/get-interviews';
import { useRefreshInterviews } from '../api/refresh-interviews';
import { interviewMessages } from '../messages';
import { usePeriodLabel, yearOptions } from './period';

interface RefreshValues {
  year: number;
  quarter: number;
}

/** The bureau looks at a year (or one quarter) for agencies at zero now, e.g. after importing an old ledger. */
export function RefreshInterviewsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useMessages(interviewMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<RefreshValues>();
  const refresh = useRefreshInterviews();

  const submit = async (v: RefreshValues) => {
    const result = await refresh.mutateAsync({ year: v.year, quarter: v.quarter || undefined });
    if (result.ran === false) {
      message.info(t('refreshSkipped'));
      return;
    }
    message.success(
      t('refreshed', {
        periods: (result.periods ?? []).join('、'),
        created: result.created ?? 0,
        reopened: result.reopened ?? 0,
        cancelled: result.cancelled ?? 0,
        open: result.open ?? 0,
      }),
    );
  };

  return (
    <FormModal<RefreshValues>
      title={t('refreshTitle')}
      open={open}
      form={form}
      initialValues={{ year: new Date().getFullYear() - 1, quarter: 0 }}
      onSubmit={submit}
      onClose={onClose}
      okText={t('refreshRun')}
    >
      <Typography.Paragraph type="secondary">{t('refreshHelp')}</Typography.Paragraph>
      <Form.Item name="year" label={t('refreshYear')} rules={[{ required: true, message: t('required') }]}>
        <Select options={yearOptions(t)} />
      </Form.Item>
      <Form.Item name="quarter" label={t('refreshQuarter')}>
        <Select
          options={[
            { value: 0, label: t('wholeYear') },
            ...[1, 2, 3, 4].map((n) => ({ value: n, label: t('quarterOption', { n }) })),
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}

/** The bureau cancels an open task, saying why; the task stays listed as cancelled. */
export function CancelInterviewModal({ interview, onClose }: { interview?: Interview; onClose: () => void }) {
  const t = useMessages(interviewMessages);
  const periodLabel = usePeriodLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useCancelInterview();

  const submit = async (v: { reason: string }) => {
    await cancel.mutateAsync({ id: interview!.id!, version: interview!.version ?? 0, reason: v.reason.trim() });
    message.success(t('cancelled'));
  };

  return (
    <FormModal<{ reason: string }>
      title={t('cancelTitle')}
      open={!!interview}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={t('cancel')}
    >
      <Typography.Paragraph type="secondary">
        {interview?.agencyName} · {interview ? periodLabel(interview) : ''}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('cancelReason')}
        extra={t('cancelReasonHelp')}
        rules={[{ required: true, whitespace: true, min: 4, message: t('required') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
