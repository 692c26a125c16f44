import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { AgencySelect } from '@/components/AgencySelect';
import { FormModal } from '@/components/FormModal';
import { OfficialSelect } from '@/components/OfficialSelect';
import { shanghaiToday } from '@/lib/format';
import { useMessages } from '@/lib/i18n/language-context';
import {
  prefillReferral,
  type Referral,
  type ReferralDecision,
  type ReferralGround,
  type ReferralInput,
  type ReferralSource,
} from '../api/get-referrals';
import {
  useAnswerReferral,
  useCreateReferral,
  useSendReferral,
  useUpdateReferral,
  useWithdrawReferral,
} from '../api/referral-mutations';
import { referralDecisionMessages, referralGroundMessages, referralMessages } from '../messages';

const GROUNDS: ReferralGround[] = [
  'UNJUSTIFIED_ABSENCE',
  'NO_ONE_APPEARED',
  'MISCONDUCT_AT_HEARING',
  'JUDICIAL_RECOMMENDATION',
];
/** Dates are Shanghai calendar dates (R8): the browser's own day may be a day behind or ahead. */
const today = () => dayjs(shanghaiToday());

const DECISIONS: ReferralDecision[] = [
  'ADMONITION_TALK',
  'CIRCULATED_CRITICISM',
  'DISCIPLINARY_SANCTION',
  'NO_ACCOUNTABILITY',
];

/** Which record each ground refers from: the fields the bureau fills in before loading the draft. */
const SOURCE_FIELDS: Record<ReferralGround, (keyof ReferralSource)[]> = {
  UNJUSTIFIED_ABSENCE: ['agencyCode', 'caseId'],
  NO_ONE_APPEARED: ['agencyCode', 'hearingId'],
  MISCONDUCT_AT_HEARING: ['appearanceId'],
  JUDICIAL_RECOMMENDATION: ['recommendationId'],
};

type FormValues = ReferralInput & { hearingId?: number; caseId?: number };

/** New (from a source record, optionally given by the page's address) or a draft's edit. */
export function ReferralFormModal({
  open,
  referral,
  source,
  onClose,
}: {
  open: boolean;
  referral?: Referral;
  source?: ReferralSource;
  onClose: () => void;
}) {
  const t = useMessages(referralMessages);
  const g = useMessages(referralGroundMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateReferral();
  const update = useUpdateReferral();
  const [loading, setLoading] = useState(false);
  const ground = Form.useWatch('ground', form) ?? source?.ground ?? referral?.ground;
  const agencyCode = Form.useWatch('agencyCode', form);

  const load = async () => {
    const v = form.getFieldsValue();
    setLoading(true);
    try {
      const draft = await prefillReferral({
        ground: v.ground,
        recommendationId: v.recommendationId ?? undefined,
        appearanceId: v.appearanceId ?? undefined,
        hearingId: v.hearingId ?? undefined,
        caseId: v.caseId ?? undefined,
        agencyCode: v.agencyCode ?? undefined,
      });
      form.setFieldsValue(draft);
      message.success(t('loaded'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  };

  const submit = async (v: FormValues) => {
    const body: ReferralInput = {
      ground: v.ground,
      agencyCode: v.agencyCode,
      recommendationId: v.recommendationId ?? undefined,
      appearanceId: v.appearanceId ?? undefined,
      officialCodes: v.officialCodes,
      caseIds: v.caseIds ?? [],
      hearingIds: v.hearingIds ?? (v.hearingId ? [v.hearingId] : []),
      referredTo: v.referredTo.trim(),
      facts: v.facts.trim(),
    };
    if (referral?.id !== undefined) {
      await update.mutateAsync({ id: referral.id, version: referral.version ?? 0, body });
    } else {
      await create.mutateAsync(body);
    }
    message.success(t('saved'));
  };

  const initial: Partial<FormValues> = referral
    ? {
        ground: referral.ground,
        agencyCode: referral.agencyCode,
        recommendationId: referral.recommendationId ?? undefined,
        appearanceId: referral.appearanceId ?? undefined,
        officialCodes: referral.officials?.map((o) => o.code ?? '') ?? [],
        caseIds: referral.cases?.map((c) => c.id ?? 0) ?? [],
        hearingIds: referral.hearings?.map((h) => h.id ?? 0) ?? [],
        referredTo: referral.referredTo,
        facts: referral.facts,
      }
    : { ...source, ground: source?.ground ?? 'UNJUSTIFIED_ABSENCE' };
  const sourceFields = ground ? SOURCE_FIELDS[ground] : [];

  return (
    <FormModal<FormValues>
      title={referral ? t('editTitle') : t('create')}
      open={open}
      form={form}
      width={720}
      initialValues={initial}
      okText={t('saveDraft')}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="ground" label={t('ground')} rules={[{ required: true, message: t('required') }]}>
        <Select options={GROUNDS.map((value) => ({ value, label: g(value) }))} disabled={!!referral} />
      </Form.Item>
      {!referral ? (
        <Form.Item label={t('source')} extra={t('loadHelp')}>
          <Flex gap={8} wrap align="start">
            {sourceFields.includes('recommendationId') ? (
              <Form.Item name="recommendationId" noStyle>
                <InputNumber min={1} precision={0} placeholder={t('recommendationId')} style={{ width: 180 }} />
              </Form.Item>
            ) : null}
            {sourceFields.includes('appearanceId') ? (
              <Form.Item name="appearanceId" noStyle>
                <InputNumber min={1} precision={0} placeholder={t('appearanceId')} style={{ width: 180 }} />
              </Form.Item>
            ) : null}
            {sourceFields.includes('caseId') ? (
              <Form.Item name="caseId" noStyle>
                <InputNumber min={1} precision={0} placeholder={t('caseId')} style={{ width: 160 }} />
              </Form.Item>
            ) : null}
            {sourceFields.includes('hearingId') ? (
              <Form.Item name="hearingId" noStyle>
                <InputNumber min={1} precision={0} placeholder={t('hearingId')} style={{ width: 160 }} />
              </Form.Item>
            ) : null}
            <Button onClick={load} loading={loading}>
              {t('load')}
            </Button>
          </Flex>
        </Form.Item>
      ) : null}
      <Form.Item name="agencyCode" label={t('agency')} rules={[{ required: true, message: t('required') }]}>
        <AgencySelect />
      </Form.Item>
      <Form.Item name="officialCodes" label={t('officials')} rules={[{ required: true, message: t('required') }]}>
        <OfficialSelect agencyCode={agencyCode} mode="multiple" />
      </Form.Item>
      <Form.Item name="caseIds" hidden>
        <Select mode="multiple" />
      </Form.Item>
      <Form.Item name="hearingIds" hidden>
        <Select mode="multiple" />
      </Form.Item>
      <Form.Item
        name="referredTo"
        label={t('referredTo')}
        extra={t('referredToHelp')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="facts"
        label={t('facts')}
        rules={[
          { required: true, whitespace: true, message: t('required') },
          { min: 10, message: t('factsTooShort') },
        ]}
      >
        <Input.TextArea rows={5} maxLength={20000} showCount />
      </Form.Item>
    </FormModal>
  );
}

export function SendReferralModal({ referral, onClose }: { referral?: Referral; onClose: () => void }) {
  const t = useMessages(referralMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ number: string; sentOn: Dayjs }>();
  const send = useSendReferral();
  return (
    <FormModal<{ number: string; sentOn: Dayjs }>
      title={t('sendTitle')}
      open={!!referral}
      form={form}
      initialValues={{ sentOn: today() }}
      okText={t('send')}
      onSubmit={async (v) => {
        await send.mutateAsync({
          id: referral?.id ?? 0,
          version: referral?.version ?? 0,
          body: { number: v.number.trim(), sentOn: v.sentOn.format('YYYY-MM-DD') },
        });
        message.success(t('sent'));
      }}
      onClose={onClose}
    >
      <Form.Item
        name="number"
        label={t('number')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={100} placeholder="渝北司法函〔2026〕1号" />
      </Form.Item>
      <Form.Item name="sentOn" label={t('sentOn')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today(), 'day')} />
      </Form.Item>
    </FormModal>
  );
}

type AnswerValues = { decision: ReferralDecision; answeredOn: Dayjs; detail?: string };

export function AnswerReferralModal({ referral, onClose }: { referral?: Referral; onClose: () => void }) {
  const t = useMessages(referralMessages);
  const d = useMessages(referralDecisionMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const answer = useAnswerReferral();
  return (
    <FormModal<AnswerValues>
      title={t('answerTitle')}
      open={!!referral}
      form={form}
      initialValues={{ answeredOn: today() }}
      okText={t('answer')}
      onSubmit={async (v) => {
        await answer.mutateAsync({
          id: referral?.id ?? 0,
          version: referral?.version ?? 0,
          body: { decision: v.decision, answeredOn: v.answeredOn.format('YYYY-MM-DD'), detail: v.detail?.trim() },
        });
        message.success(t('answered'));
      }}
      onClose={onClose}
    >
      <Form.Item name="decision" label={t('decision')} rules={[{ required: true, message: t('required') }]}>
        <Select options={DECISIONS.map((value) => ({ value, label: d(value) }))} />
      </Form.Item>
      <Form.Item name="answeredOn" label={t('answeredOn')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today(), 'day')} />
      </Form.Item>
      <Form.Item name="detail" label={t('decisionDetail')}>
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
    </FormModal>
  );
}

export function WithdrawReferralModal({ referral, onClose }: { referral?: Referral; onClose: () => void }) {
  const t = useMessages(referralMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const withdraw = useWithdrawReferral();
  return (
    <FormModal<{ reason: string }>
      title={t('withdrawTitle')}
      open={!!referral}
      form={form}
      okText={t('withdraw')}
      onSubmit={async (v) => {
        await withdraw.mutateAsync({
          id: referral?.id ?? 0,
          version: referral?.version ?? 0,
          body: { reason: v.reason.trim() },
        });
        message.success(t('withdrawn'));
      }}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{referral?.agencyName}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('withdrawalReason')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
