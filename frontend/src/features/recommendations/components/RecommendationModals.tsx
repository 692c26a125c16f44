import { App, DatePicker, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { AgencySelect } from '@/components/AgencySelect';
import { CaseSelect } from '@/components/CaseSelect';
import { FormModal } from '@/components/FormModal';
import { shanghaiToday } from '@/lib/format';
import { useMessages } from '@/lib/i18n/language-context';
import { useAnswerRecommendation } from '../api/answer-recommendation';
import { useCloseRecommendation } from '../api/close-recommendation';
import { useCreateRecommendation } from '../api/create-recommendation';
import type { JudicialRecommendation } from '../api/get-recommendations';
import { recommendationMessages } from '../messages';

interface CreateValues {
  court: string;
  number: string;
  agencyCode: string;
  caseId?: number;
  receivedOn: Dayjs;
  dueOn?: Dayjs;
  content: string;
}

const DEFAULT_COURT = '重庆市渝北区人民法院';

export function CreateRecommendationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useMessages(recommendationMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateRecommendation();

  const submit = async (v: CreateValues) => {
    await create.mutateAsync({
      court: v.court.trim(),
      number: v.number.trim(),
      agencyCode: v.agencyCode,
      caseId: v.caseId ?? undefined,
      receivedOn: v.receivedOn.format('YYYY-MM-DD'),
      dueOn: v.dueOn?.format('YYYY-MM-DD'),
      content: v.content.trim(),
    });
    message.success(t('created', { number: v.number }));
  };

  return (
    <FormModal<CreateValues>
      title={t('create')}
      open={open}
      form={form}
      width={640}
      initialValues={{
        court: DEFAULT_COURT,
        receivedOn: dayjs(shanghaiToday()),
        dueOn: dayjs(shanghaiToday()).add(2, 'month'),
      }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="court" label={t('court')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="number"
        label={t('number')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={100} placeholder="（2026）渝0112司建1号" />
      </Form.Item>
      <Form.Item name="agencyCode" label={t('agency')} rules={[{ required: true, message: t('required') }]}>
        <AgencySelect />
      </Form.Item>
      <Form.Item name="caseId" label={t('caseId')}>
        <CaseSelect placeholder={t('casePlaceholder')} />
      </Form.Item>
      <Form.Item name="receivedOn" label={t('receivedOn')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="dueOn"
        label={t('dueOn')}
        extra={t('dueHelp')}
        dependencies={['receivedOn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, due: Dayjs | undefined) => {
              const received = getFieldValue('receivedOn') as Dayjs | undefined;
              return due && received && due.isBefore(received, 'day')
                ? Promise.reject(new Error(t('dueBeforeReceived')))
                : Promise.resolve();
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('content')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </FormModal>
  );
}

export function AnswerRecommendationModal({
  recommendation,
  onClose,
}: {
  recommendation?: JudicialRecommendation;
  onClose: () => void;
}) {
  const t = useMessages(recommendationMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ response: string }>();
  const answer = useAnswerRecommendation();

  const submit = async (v: { response: string }) => {
    await answer.mutateAsync({
      id: recommendation!.id!,
      version: recommendation!.version ?? 0,
      body: { response: v.response.trim() },
    });
    message.success(t('answered'));
  };

  return (
    <FormModal<{ response: string }>
      title={t('answerTitle')}
      open={!!recommendation}
      form={form}
      width={640}
      initialValues={{ response: recommendation?.response ?? undefined }}
      onSubmit={submit}
      onClose={onClose}
      okText={t('answer')}
    >
      <Typography.Paragraph type="secondary">
        {recommendation?.number} · {recommendation?.agencyName}
      </Typography.Paragraph>
      <Typography.Paragraph>{recommendation?.content}</Typography.Paragraph>
      <Form.Item
        name="response"
        label={t('response')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea rows={5} maxLength={4000} showCount placeholder={t('answerPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}

export function CloseRecommendationModal({
  recommendation,
  onClose,
}: {
  recommendation?: JudicialRecommendation;
  onClose: () => void;
}) {
  const t = useMessages(recommendationMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const close = useCloseRecommendation();

  const submit = async (v: { comment?: string }) => {
    await close.mutateAsync({
      id: recommendation!.id!,
      version: recommendation!.version ?? 0,
      body: { comment: v.comment?.trim() || undefined },
    });
    message.success(t('closed'));
  };

  return (
    <FormModal<{ comment?: string }>
      title={t('closeTitle')}
      open={!!recommendation}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={t('close')}
    >
      <Typography.Paragraph type="secondary">
        {recommendation?.number} · {recommendation?.agencyName}
      </Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text strong>{t('response')}：</Typography.Text>
        {recommendation?.response}
      </Typography.Paragraph>
      <Form.Item name="comment" label={t('closeComment')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
