import { App, DatePicker, Form, Input, Radio, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { AgencySelect } from '@/components/AgencySelect';
import { CaseSelect } from '@/components/CaseSelect';
import { FormModal } from '@/components/FormModal';
import { shanghaiToday } from '@/lib/format';
import { useMessages } from '@/lib/i18n/language-context';
import {
  useAddDisputeMeeting,
  useCreateDispute,
  useCreateMediatingBody,
  useResolveDispute,
  useReturnDispute,
  useStartDispute,
  useUpdateDispute,
  useUpdateMediatingBody,
} from '../api/dispute-mutations';
import { useMediatingBodies, type Dispute, type MediatingBody } from '../api/get-disputes';
import { coordinationMessages, disputeEnumMessages } from '../messages';

const today = () => dayjs(shanghaiToday());
const day = (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined);
const notAfterToday = (d: Dayjs) => d.isAfter(today(), 'day');

/** The active mediating bodies as options; the one a dispute already names stays even if it was made inactive. */
function BodySelect(props: { value?: string; onChange?: (code?: string) => void; allowClear?: boolean }) {
  const bodies = useMediatingBodies();
  return (
    <Select
      {...props}
      loading={bodies.isLoading}
      options={(bodies.data ?? []).map((b) => ({ value: b.code, label: b.name }))}
    />
  );
}

interface DisputeValues {
  number: string;
  source: Dispute['source'];
  court?: string;
  courtReference?: string;
  timeLimit?: Dayjs;
  caseId?: number;
  receivedOn: Dayjs;
  subject: string;
  applicants: string[];
  agencyCodes: string[];
  mediatingBodyCode?: string;
}

export function DisputeModal({ open, dispute, onClose }: { open: boolean; dispute?: Dispute; onClose: () => void }) {
  const t = useMessages(coordinationMessages);
  const e = useMessages(disputeEnumMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<DisputeValues>();
  const source = Form.useWatch('source', form);
  const create = useCreateDispute();
  const update = useUpdateDispute();
  const entrusted = source && source !== 'DIRECT';

  const submit = async (v: DisputeValues) => {
    const body = {
      number: v.number.trim(),
      source: v.source!,
      court: entrusted ? v.court?.trim() : undefined,
      courtReference: entrusted ? v.courtReference?.trim() : undefined,
      timeLimit: day(v.timeLimit),
      caseId: v.caseId,
      receivedOn: day(v.receivedOn)!,
      subject: v.subject.trim(),
      applicants: v.applicants,
      agencyCodes: v.agencyCodes,
      mediatingBodyCode: v.mediatingBodyCode,
    };
    if (dispute?.id) {
      await update.mutateAsync({ id: dispute.id, version: dispute.version ?? 0, body });
    } else {
      await create.mutateAsync(body);
    }
    message.success(t('saved'));
  };

  const required = [{ required: true, message: t('required') }];
  return (
    <FormModal<DisputeValues>
      title={dispute ? t('editTitle', { number: dispute.number ?? '' }) : t('create')}
      open={open}
      form={form}
      width={720}
      initialValues={
        dispute
          ? {
              number: dispute.number,
              source: dispute.source,
              court: dispute.court,
              courtReference: dispute.courtReference,
              timeLimit: dispute.timeLimit ? dayjs(dispute.timeLimit) : undefined,
              caseId: dispute.caseId ?? undefined,
              receivedOn: dayjs(dispute.receivedOn),
              subject: dispute.subject,
              applicants: dispute.applicants,
              agencyCodes: (dispute.agencies ?? []).map((a) => a.code!),
              mediatingBodyCode: dispute.mediatingBody?.code,
            }
          : { source: 'ENTRUSTED_BEFORE_FILING', court: '重庆市渝北区人民法院', receivedOn: today() }
      }
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="source" label={t('source')} rules={required}>
        <Radio.Group
          options={(['ENTRUSTED_BEFORE_FILING', 'ENTRUSTED_AFTER_FILING', 'DIRECT'] as const).map((s) => ({
            value: s,
            label: e(s),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="number"
        label={t('number')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={100} placeholder="渝北协调〔2022〕15号" />
      </Form.Item>
      {entrusted ? (
        <>
          <Form.Item name="court" label={t('court')} rules={required}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="courtReference" label={t('courtReference')} rules={required}>
            <Input maxLength={100} placeholder="（2022）渝0112诉前调1234号" />
          </Form.Item>
        </>
      ) : null}
      <Form.Item name="receivedOn" label={t('receivedOn')} rules={required}>
        <DatePicker style={{ width: '100%' }} disabledDate={notAfterToday} />
      </Form.Item>
      <Form.Item name="timeLimit" label={t('timeLimit')} rules={entrusted ? required : []}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="caseId" label={t('caseId')} rules={source === 'ENTRUSTED_AFTER_FILING' ? required : []}>
        <CaseSelect allowClear />
      </Form.Item>
      <Form.Item
        name="subject"
        label={t('subject')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item name="applicants" label={t('applicants')} extra={t('applicantsHelp')} rules={required}>
        <Select mode="tags" open={false} />
      </Form.Item>
      <Form.Item name="agencyCodes" label={t('agencies')} rules={required}>
        <AgencySelect mode="multiple" />
      </Form.Item>
      <Form.Item name="mediatingBodyCode" label={t('mediatingBody')}>
        <BodySelect allowClear />
      </Form.Item>
    </FormModal>
  );
}

export function StartModal({ dispute, onClose }: { dispute?: Dispute; onClose: () => void }) {
  const t = useMessages(coordinationMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ mediatingBodyCode: string; startedOn: Dayjs }>();
  const start = useStartDispute();
  return (
    <FormModal<{ mediatingBodyCode: string; startedOn: Dayjs }>
      title={t('startTitle', { number: dispute?.number ?? '' })}
      open={!!dispute}
      form={form}
      initialValues={{ mediatingBodyCode: dispute?.mediatingBody?.code ?? 'CENTRE', startedOn: today() }}
      onSubmit={async (v) => {
        await start.mutateAsync({
          id: dispute!.id!,
          version: dispute!.version ?? 0,
          body: { mediatingBodyCode: v.mediatingBodyCode, startedOn: day(v.startedOn)! },
        });
        message.success(t('started'));
      }}
      onClose={onClose}
    >
      <Form.Item
        name="mediatingBodyCode"
        label={t('mediatingBody')}
        rules={[{ required: true, message: t('required') }]}
      >
        <BodySelect />
      </Form.Item>
      <Form.Item name="startedOn" label={t('startedOn')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={notAfterToday} />
      </Form.Item>
    </FormModal>
  );
}

interface MeetingValues {
  heldOn: Dayjs;
  place?: string;
  participants: string;
  notes?: string;
}

export function MeetingModal({ dispute, onClose }: { dispute?: Dispute; onClose: () => void }) {
  const t = useMessages(coordinationMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<MeetingValues>();
  const add = useAddDisputeMeeting();
  return (
    <FormModal<MeetingValues>
      title={t('meetingTitle', { number: dispute?.number ?? '' })}
      open={!!dispute}
      form={form}
      width={620}
      initialValues={{ heldOn: today() }}
      onSubmit={async (v) => {
        await add.mutateAsync({
          id: dispute!.id!,
          version: dispute!.version ?? 0,
          body: {
            heldOn: day(v.heldOn)!,
            place: v.place?.trim() || undefined,
            participants: v.participants.trim(),
            notes: v.notes?.trim() || undefined,
          },
        });
        message.success(t('meetingSaved'));
      }}
      onClose={onClose}
    >
      <Form.Item name="heldOn" label={t('heldOn')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={notAfterToday} />
      </Form.Item>
      <Form.Item name="place" label={t('place')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="participants"
        label={t('participants')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="notes" label={t('notes')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}

interface ResolveValues {
  resolution: 'WITHDRAWAL' | 'SETTLEMENT' | 'MEDIATION_AGREEMENT';
  resolvedOn: Dayjs;
  summary: string;
}

export function ResolveModal({ dispute, onClose }: { dispute?: Dispute; onClose: () => void }) {
  const t = useMessages(coordinationMessages);
  const e = useMessages(disputeEnumMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<ResolveValues>();
  const resolve = useResolveDispute();
  return (
    <FormModal<ResolveValues>
      title={t('resolveTitle', { number: dispute?.number ?? '' })}
      open={!!dispute}
      form={form}
      width={620}
      initialValues={{ resolution: 'WITHDRAWAL', resolvedOn: today() }}
      onSubmit={async (v) => {
        await resolve.mutateAsync({
          id: dispute!.id!,
          version: dispute!.version ?? 0,
          body: { resolution: v.resolution, resolvedOn: day(v.resolvedOn)!, summary: v.summary.trim() },
        });
        message.success(t('resolved'));
      }}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('agreementHelp')}</Typography.Paragraph>
      <Form.Item name="resolution" label={t('resolution')} rules={[{ required: true, message: t('required') }]}>
        <Radio.Group
          options={(['WITHDRAWAL', 'SETTLEMENT', 'MEDIATION_AGREEMENT'] as const).map((r) => ({
            value: r,
            label: e(r),
          }))}
        />
      </Form.Item>
      <Form.Item name="resolvedOn" label={t('resolvedOn')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={notAfterToday} />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('summary')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}

export function ReturnModal({ dispute, onClose }: { dispute?: Dispute; onClose: () => void }) {
  const t = useMessages(coordinationMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ returnedOn: Dayjs; reason: string }>();
  const back = useReturnDispute();
  return (
    <FormModal<{ returnedOn: Dayjs; reason: string }>
      title={t('returnTitle', { number: dispute?.number ?? '' })}
      open={!!dispute}
      form={form}
      initialValues={{ returnedOn: today() }}
      onSubmit={async (v) => {
        await back.mutateAsync({
          id: dispute!.id!,
          version: dispute!.version ?? 0,
          body: { returnedOn: day(v.returnedOn)!, reason: v.reason.trim() },
        });
        message.success(t('returned'));
      }}
      onClose={onClose}
    >
      <Form.Item name="returnedOn" label={t('returnedOn')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={notAfterToday} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('reason')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}

interface BodyValues {
  code: string;
  name: string;
  kind: MediatingBody['kind'];
  active: boolean;
}

export function BodyModal({ open, body, onClose }: { open: boolean; body?: MediatingBody; onClose: () => void }) {
  const t = useMessages(coordinationMessages);
  const e = useMessages(disputeEnumMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<BodyValues>();
  const create = useCreateMediatingBody();
  const update = useUpdateMediatingBody();
  return (
    <FormModal<BodyValues>
      title={body ? t('editBody') : t('newBody')}
      open={open}
      form={form}
      initialValues={body ? { ...body, active: body.active ?? true } : { kind: 'SUBDISTRICT', active: true }}
      onSubmit={async (v) => {
        const input = { code: v.code.trim(), name: v.name.trim(), kind: v.kind!, active: v.active };
        if (body) {
          await update.mutateAsync({ code: body.code!, version: body.version ?? 0, body: input });
        } else {
          await create.mutateAsync(input);
        }
        message.success(t('saved'));
      }}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('bodyHelp')}</Typography.Paragraph>
      <Form.Item name="code" label={t('code')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input maxLength={40} disabled={!!body} />
      </Form.Item>
      <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('required') }]}>
        <Select
          options={(['CENTRE', 'SUBDISTRICT', 'PROFESSIONAL'] as const).map((k) => ({ value: k, label: e(k) }))}
        />
      </Form.Item>
      <Form.Item name="active" label={t('active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
