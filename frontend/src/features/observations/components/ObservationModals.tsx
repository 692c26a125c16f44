import { App, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { AgencySelect } from '@/components/AgencySelect';
import { FormModal } from '@/components/FormModal';
import { AttendanceModal as InviteeAttendanceModal } from '@/components/Invitees';
import { OfficialSelect } from '@/components/OfficialSelect';
import { formatDateTime } from '@/lib/format';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import { useCreateObservation } from '../api/create-observation';
import { useCaseHearings } from '../api/get-case-hearings';
import type { ObservationSession } from '../api/get-observations';
import { useInviteToObservation } from '../api/invite-to-observation';
import { useRecordAttendance } from '../api/record-attendance';
import { useCaseSearch } from '../api/search-cases';
import { observationMessages } from '../messages';

interface CreateValues {
  caseId: number;
  hearingId: number;
  title: string;
  typicalReason: string;
  place?: string;
  notes?: string;
}

/** The bureau picks a case, then one of its hearings that is to take place or took place, and says why it is typical. */
export function CreateObservationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useMessages(observationMessages);
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const [text, setText] = useState('');
  const caseId = Form.useWatch('caseId', form);
  const cases = useCaseSearch(text);
  const hearings = useCaseHearings(caseId);
  const create = useCreateObservation();

  const submit = async (v: CreateValues) => {
    await create.mutateAsync({
      hearingId: v.hearingId,
      title: v.title.trim(),
      typicalReason: v.typicalReason.trim(),
      place: v.place?.trim() || undefined,
      notes: v.notes?.trim() || undefined,
    });
    message.success(t('created'));
  };

  return (
    <FormModal<CreateValues>
      title={t('create')}
      open={open}
      form={form}
      width={680}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="caseId" label={t('case')} rules={[{ required: true, message: t('required') }]}>
        <Select
          showSearch={{ filterOption: false, onSearch: setText }}
          placeholder={t('casePlaceholder')}
          loading={cases.isFetching}
          options={(cases.data ?? []).map((c) => ({ value: c.id, label: `${c.caseNumber} · ${c.court}` }))}
          onChange={() => form.setFieldValue('hearingId', undefined)}
        />
      </Form.Item>
      <Form.Item name="hearingId" label={t('pickHearing')} rules={[{ required: true, message: t('required') }]}>
        <Select
          placeholder={t('hearingPlaceholder')}
          disabled={!caseId}
          loading={hearings.isFetching}
          options={(hearings.data ?? []).map((h) => ({
            value: h.id,
            label: `${formatDateTime(h.scheduledAt)} · ${label('HearingStatus', h.status)}`,
            disabled: h.status !== 'SCHEDULED' && h.status !== 'HELD',
          }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('titleLabel')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={200} placeholder={t('titlePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="typicalReason"
        label={t('typicalReason')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('reasonPlaceholder')} />
      </Form.Item>
      <Form.Item name="place" label={t('place')}>
        <Input maxLength={200} placeholder="区人民法院第三审判庭" />
      </Form.Item>
      <Form.Item name="notes" label={t('notes')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

const HEAD_ROLES = ['PRINCIPAL', 'DEPUTY', 'OTHER_LEADER'] as const;

/** Heads of any agency, agency by agency, through the same official picker as the rest of the app. */
export function InviteModal({ session, onClose }: { session?: ObservationSession; onClose: () => void }) {
  const t = useMessages(observationMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ agencyCode: string; officialCodes: string[] }>();
  const agencyCode = Form.useWatch('agencyCode', form);
  const invite = useInviteToObservation();

  const submit = async (v: { officialCodes: string[] }) => {
    await invite.mutateAsync({
      id: session!.id!,
      version: session!.version ?? 0,
      body: { officialCodes: v.officialCodes },
    });
    message.success(t('invited', { count: v.officialCodes.length }));
  };

  return (
    <FormModal<{ agencyCode: string; officialCodes: string[] }>
      title={t('inviteTitle', { title: session?.title ?? '' })}
      open={!!session}
      form={form}
      width={600}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('inviteHelp')}</Typography.Paragraph>
      <Form.Item name="agencyCode" label={t('inviteAgency')} rules={[{ required: true, message: t('required') }]}>
        <AgencySelect onChange={() => form.setFieldValue('officialCodes', [])} />
      </Form.Item>
      <Form.Item name="officialCodes" label={t('invitees')} rules={[{ required: true, message: t('required') }]}>
        <OfficialSelect agencyCode={agencyCode} roles={[...HEAD_ROLES]} mode="multiple" />
      </Form.Item>
    </FormModal>
  );
}

/** After the hearing: each invitee came or did not. */
export function AttendanceModal({ session, onClose }: { session?: ObservationSession; onClose: () => void }) {
  const t = useMessages(observationMessages);
  const { message } = App.useApp();
  const record = useRecordAttendance();
  return (
    <InviteeAttendanceModal
      title={t('attendanceTitle', { title: session?.title ?? '' })}
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
