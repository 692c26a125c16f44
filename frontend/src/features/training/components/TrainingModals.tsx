import { App, DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { AgencySelect } from '@/components/AgencySelect';
import { FormModal } from '@/components/FormModal';
import { AttendanceModal } from '@/components/Invitees';
import { OfficialSelect } from '@/components/OfficialSelect';
import { useMessages } from '@/lib/i18n/language-context';
import type { TrainingSession } from '../api/get-trainings';
import {
  useCreateTraining,
  useInviteToTraining,
  useRecordTrainingAttendance,
  useUpdateTraining,
} from '../api/training-mutations';
import { trainingMessages } from '../messages';

interface SessionValues {
  topic: string;
  speaker: string;
  speakerCourt: string;
  startsAt: Dayjs;
  place: string;
  notes?: string;
}

/** A new session, or the one given changed; its time is read and sent as Asia/Shanghai (+08:00). */
export function TrainingModal({
  open,
  session,
  onClose,
}: {
  open: boolean;
  session?: TrainingSession;
  onClose: () => void;
}) {
  const t = useMessages(trainingMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<SessionValues>();
  const create = useCreateTraining();
  const update = useUpdateTraining();

  const submit = async (v: SessionValues) => {
    const body = {
      topic: v.topic.trim(),
      speaker: v.speaker.trim(),
      speakerCourt: v.speakerCourt.trim(),
      startsAt: `${v.startsAt.format('YYYY-MM-DDTHH:mm')}:00+08:00`,
      place: v.place.trim(),
      notes: v.notes?.trim() || undefined,
    };
    if (session?.id) {
      await update.mutateAsync({ id: session.id, version: session.version ?? 0, body });
    } else {
      await create.mutateAsync(body);
    }
    message.success(t('saved'));
  };

  const required = [{ required: true, whitespace: true, message: t('required') }];
  return (
    <FormModal<SessionValues>
      title={session ? t('editTitle', { topic: session.topic ?? '' }) : t('create')}
      open={open}
      form={form}
      width={640}
      initialValues={
        session
          ? {
              topic: session.topic,
              speaker: session.speaker,
              speakerCourt: session.speakerCourt,
              // The server answers in +08:00: the wall-clock part is the Shanghai time.
              startsAt: dayjs((session.startsAt ?? '').slice(0, 16)),
              place: session.place,
              notes: session.notes,
            }
          : { speakerCourt: '重庆市渝北区人民法院' }
      }
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="topic" label={t('topic')} rules={required}>
        <Input maxLength={200} placeholder={t('topicPlaceholder')} />
      </Form.Item>
      <Form.Item name="speaker" label={t('speaker')} rules={required}>
        <Input maxLength={100} placeholder="王法官" />
      </Form.Item>
      <Form.Item name="speakerCourt" label={t('speakerCourt')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="startsAt" label={t('startsAt')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="place" label={t('place')} rules={required}>
        <Input maxLength={200} placeholder="区政府第二会议室" />
      </Form.Item>
      <Form.Item name="notes" label={t('notes')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

interface InviteValues {
  agencyCodes?: string[];
  agencyCode?: string;
  officialCodes?: string[];
}

/** Heads by default: picking agencies invites their heads; staff who handle cases may be named one by one. */
export function InviteTrainingModal({ session, onClose }: { session?: TrainingSession; onClose: () => void }) {
  const t = useMessages(trainingMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<InviteValues>();
  const agencyCode = Form.useWatch('agencyCode', form);
  const invite = useInviteToTraining();

  const submit = async (v: InviteValues) => {
    const updated = await invite.mutateAsync({
      id: session!.id!,
      version: session!.version ?? 0,
      body: { agencyCodes: v.agencyCodes ?? [], officialCodes: v.officialCodes ?? [] },
    });
    message.success(t('invited', { count: updated.invited ?? 0 }));
  };

  return (
    <FormModal<InviteValues>
      title={t('inviteTitle', { topic: session?.topic ?? '' })}
      open={!!session}
      form={form}
      width={620}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('inviteHelp')}</Typography.Paragraph>
      <Form.Item
        name="agencyCodes"
        label={t('inviteAgencies')}
        rules={[
          {
            validator: (_, value?: string[]) =>
              (value?.length ?? 0) > 0 || (form.getFieldValue('officialCodes')?.length ?? 0) > 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('inviteNeedOne'))),
          },
        ]}
      >
        <AgencySelect mode="multiple" />
      </Form.Item>
      <Form.Item name="agencyCode" label={t('inviteAgency')}>
        <AgencySelect onChange={() => form.setFieldValue('officialCodes', [])} />
      </Form.Item>
      <Form.Item name="officialCodes" label={t('inviteOfficials')}>
        <OfficialSelect
          agencyCode={agencyCode}
          roles={['PRINCIPAL', 'DEPUTY', 'OTHER_LEADER', 'STAFF']}
          mode="multiple"
        />
      </Form.Item>
    </FormModal>
  );
}

/** After the session: each invitee came or did not. */
export function TrainingAttendanceModal({ session, onClose }: { session?: TrainingSession; onClose: () => void }) {
  const t = useMessages(trainingMessages);
  const { message } = App.useApp();
  const record = useRecordTrainingAttendance();
  return (
    <AttendanceModal
      title={t('attendanceTitle', { topic: session?.topic ?? '' })}
      help={t('attendanceHelp')}
      invitees={session?.invitations ?? []}
      open={!!session}
      onSave={async (attendance) => {
        await record.mutateAsync({ id: session!.id!, version: session!.version ?? 0, body: { attendance } });
        message.success(t('attendanceSaved'));
      }}
      onClose={onClose}
    />
  );
}
