import { CheckOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  List,
  Space,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { OfficialSelect } from '@/components/OfficialSelect';
import { applyServerErrors } from '@/components/form-errors';
import { useConfirmDiscard, useUnsavedChangesGuard } from '@/components/useUnsavedChangesGuard';
import { formatDate, shanghaiToday } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import type { Interview, InterviewParticipant } from '../api/get-interviews';
import { useQuarterAbsences } from '../api/get-quarter-absences';
import { useRecordInterview } from '../api/record-interview';
import { interviewMessages, interviewStatusMessages } from '../messages';
import { usePeriodLabel } from './period';
import { initialValues, toRecord, type ParticipantSide, type RecordValues } from './record-values';

function ParticipantRow({
  form,
  index,
  agencyCode,
  onRemove,
}: {
  form: FormInstance<RecordValues>;
  index: number;
  agencyCode?: string;
  onRemove: () => void;
}) {
  const t = useMessages(interviewMessages);
  const side = Form.useWatch(['participants', index, 'side'], form) as ParticipantSide | undefined;
  const officialCode = Form.useWatch(['participants', index, 'officialCode'], form) as string | undefined;
  const agencySide = side === 'AGENCY';
  return (
    <Flex gap={8} align="start" wrap>
      <Form.Item name={[index, 'side']} hidden>
        <Input />
      </Form.Item>
      <Tag color={agencySide ? 'orange' : 'blue'} style={{ marginTop: 5, width: 84, textAlign: 'center' }}>
        {agencySide ? t('agencySide') : t('bureauSide')}
      </Tag>
      {agencySide ? (
        <Form.Item name={[index, 'officialCode']} style={{ marginBottom: 8 }}>
          <OfficialSelect
            agencyCode={agencyCode}
            placeholder={t('pickOfficial')}
            aria-label={t('pickOfficial')}
            style={{ width: 240 }}
          />
        </Form.Item>
      ) : null}
      {officialCode ? null : (
        <Form.Item name={[index, 'name']} style={{ marginBottom: 8 }}>
          <Input
            placeholder={agencySide ? t('orName') : t('name')}
            aria-label={t('name')}
            maxLength={100}
            style={{ width: agencySide ? 130 : 200 }}
          />
        </Form.Item>
      )}
      <Form.Item name={[index, 'title']} style={{ marginBottom: 8 }}>
        <Input placeholder={t('titleField')} aria-label={t('titleField')} maxLength={100} style={{ width: 150 }} />
      </Form.Item>
      <Button type="text" icon={<DeleteOutlined />} aria-label={t('removePerson')} onClick={onRemove} />
    </Flex>
  );
}

function participantText(p: InterviewParticipant, roleLabel: string, sideLabel: string): string {
  const details = [p.title, roleLabel].filter(Boolean).join('，');
  return `${p.name ?? ''}${details ? `（${details}）` : ''} · ${sideLabel}`;
}

/**
 * One interview: the cases that made it due, and the bureau's record of it — saved as it goes, then marked held
 * (the server checks the day, people of both sides and the outcome). Read only for agencies and once closed.
 */
export function InterviewDrawer({
  interview,
  canEdit,
  onClose,
}: {
  interview?: Interview;
  canEdit: boolean;
  onClose: () => void;
}) {
  const t = useMessages(interviewMessages);
  const s = useMessages(interviewStatusMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLanguage();
  const label = useEnumLabel();
  const periodLabel = usePeriodLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<RecordValues>();
  const [dirty, setDirty] = useState(false);
  const [submitting, setSubmitting] = useState<'save' | 'complete'>();
  const [failure, setFailure] = useState<{ title: string; lines: string[] }>();
  const confirmDiscard = useConfirmDiscard();
  const save = useRecordInterview();
  const absences = useQuarterAbsences(interview?.agencyCode, interview?.year, interview?.quarter);
  const editable = canEdit && interview?.status === 'OPEN';
  useUnsavedChangesGuard(editable && dirty);

  const close = () => {
    setDirty(false);
    setFailure(undefined);
    onClose();
  };

  const submit = async (complete: boolean) => {
    if (!interview?.id) return;
    setSubmitting(complete ? 'complete' : 'save');
    setFailure(undefined);
    // The server's earlier answer no longer stands once the record is sent again.
    (form as FormInstance).setFields(form.getFieldsError().map((f) => ({ name: f.name, errors: [] })));
    try {
      await save.mutateAsync({
        id: interview.id,
        version: interview.version ?? 0,
        complete,
        body: toRecord(form.getFieldsValue(true) as RecordValues),
      });
      message.success(complete ? t('completed') : t('saved'));
      close();
    } catch (error) {
      const { title, placed, unplaced, detail } = applyServerErrors(form, error, lang);
      const lines = [detail, ...unplaced.map((e) => e.message)].filter((line): line is string => !!line);
      setFailure(placed > 0 && lines.length === 0 ? undefined : { title, lines });
    } finally {
      setSubmitting(undefined);
    }
  };

  const absentCases = (
    <List
      size="small"
      loading={absences.isLoading}
      dataSource={absences.data ?? []}
      locale={{ emptyText: t('noAbsentCases') }}
      renderItem={(a) => (
        <List.Item>
          <Space size={8} wrap>
            <Link to={`/cases/${a.caseId}`}>{a.caseNumber}</Link>
            <Typography.Text type="secondary">{a.court}</Typography.Text>
            <Typography.Text type="secondary">
              {t('hearingsOn', { dates: (a.hearings ?? []).map((h) => formatDate(h.scheduledAt)).join('、') })}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );

  const sideLabel = (side: ParticipantSide | undefined) => (side === 'BUREAU' ? t('bureauSide') : t('agencySide'));

  return (
    <Drawer
      title={interview ? t('drawerTitle', { agency: interview.agencyName ?? '', period: periodLabel(interview) }) : ''}
      open={!!interview}
      size={780}
      onClose={() => confirmDiscard(editable && dirty, close)}
      mask={{ closable: !dirty }}
      destroyOnHidden
      extra={
        editable ? (
          <Space>
            <Button
              icon={<SaveOutlined />}
              loading={submitting === 'save'}
              disabled={!!submitting}
              onClick={() => submit(false)}
            >
              {t('save')}
            </Button>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              loading={submitting === 'complete'}
              disabled={!!submitting}
              onClick={() => submit(true)}
            >
              {t('complete')}
            </Button>
          </Space>
        ) : null
      }
    >
      {interview ? (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('status')}>
              <Space size={4}>
                {s(interview.status ?? 'OPEN')}
                {interview.overdue ? <Tag color="error">{t('overdue')}</Tag> : null}
                {interview.atZero === false ? <Tag color="warning">{t('noLongerZero')}</Tag> : null}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('dueOn')}>{formatDate(interview.dueOn)}</Descriptions.Item>
            <Descriptions.Item label={t('agency')}>
              {interview.agencyName}（{label('AgencyKind', interview.agencyKind)}）
            </Descriptions.Item>
            <Descriptions.Item label={t('casesHeard')}>
              {t('casesHeardValue', { n: interview.casesHeard ?? 0 })}
            </Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Text strong>{t('absentCases')}</Typography.Text>
            {absentCases}
          </div>
          {editable ? (
            <>
              <Alert type="info" showIcon title={t('completeHelp')} />
              {failure ? (
                <Alert
                  type="error"
                  showIcon
                  title={failure.title}
                  description={failure.lines.length ? failure.lines.map((l) => <div key={l}>{l}</div>) : undefined}
                />
              ) : null}
              <Form<RecordValues>
                form={form}
                layout="vertical"
                initialValues={initialValues(interview)}
                onValuesChange={() => setDirty(true)}
                // The server's objection to a field is answered by changing it.
                onFieldsChange={(changed) =>
                  (form as FormInstance).setFields(
                    changed.filter((f) => f.errors?.length).map((f) => ({ name: f.name, errors: [] })),
                  )
                }
              >
                <Flex gap={16} wrap>
                  <Form.Item name="heldOn" label={t('heldOn')}>
                    <DatePicker
                      style={{ width: 200 }}
                      // Shanghai's today, the day the interview is held on, wherever the browser's clock is set.
                      disabledDate={(day) => day.isAfter(dayjs(shanghaiToday()), 'day')}
                      aria-label={t('heldOn')}
                    />
                  </Form.Item>
                  <Form.Item name="location" label={t('location')} style={{ flex: 1, minWidth: 240 }}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Flex>
                <Form.List name="participants">
                  {(fields, { add, remove }, { errors }) => (
                    <Form.Item label={t('participants')} required>
                      {fields.map((field) => (
                        <ParticipantRow
                          key={field.key}
                          form={form}
                          index={field.name}
                          agencyCode={interview.agencyCode}
                          onRemove={() => remove(field.name)}
                        />
                      ))}
                      <Space>
                        <Button size="small" icon={<PlusOutlined />} onClick={() => add({ side: 'AGENCY' })}>
                          {t('addAgencyPerson')}
                        </Button>
                        <Button size="small" icon={<PlusOutlined />} onClick={() => add({ side: 'BUREAU' })}>
                          {t('addBureauPerson')}
                        </Button>
                      </Space>
                      <Form.ErrorList errors={errors} />
                    </Form.Item>
                  )}
                </Form.List>
                <Form.Item name="notes" label={t('notes')}>
                  <Input.TextArea rows={4} maxLength={20000} />
                </Form.Item>
                <Form.Item name="outcome" label={t('outcome')} extra={t('outcomeHelp')} required>
                  <Input.TextArea rows={3} maxLength={20000} />
                </Form.Item>
              </Form>
            </>
          ) : (
            <>
              {!canEdit ? <Typography.Text type="secondary">{t('readOnly')}</Typography.Text> : null}
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label={t('heldOn')}>
                  {interview.heldOn ? formatDate(interview.heldOn) : t('notYet')}
                  {interview.location ? ` · ${interview.location}` : ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('participants')}>
                  {(interview.participants ?? []).length
                    ? (interview.participants ?? []).map((p, i) => (
                        <div key={i}>
                          {participantText(p, label('OfficialRole', p.officialRole), sideLabel(p.side))}
                        </div>
                      ))
                    : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('notes')}>
                  <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                    {interview.notes ?? '—'}
                  </Typography.Paragraph>
                </Descriptions.Item>
                <Descriptions.Item label={t('outcome')}>
                  <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                    {interview.outcome ?? '—'}
                  </Typography.Paragraph>
                </Descriptions.Item>
                {interview.status === 'CANCELLED' ? (
                  <Descriptions.Item label={t('cancelReason')}>
                    {interview.cancelledByRefresh ? t('cancelledByRefresh') : interview.cancelReason}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
              <Flex justify="end">
                <Button onClick={close}>{c('back')}</Button>
              </Flex>
            </>
          )}
        </Flex>
      ) : null}
    </Drawer>
  );
}
