import {
  BellOutlined,
  CheckSquareOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Popconfirm,
  Progress,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { AgencySelect } from '@/components/AgencySelect';
import { InviteeList } from '@/components/Invitees';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { errorMessage } from '@/lib/api/problem';
import { formatDate, formatDateTime, formatRate, shanghaiToday } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters, type Paging } from '@/lib/use-url-filters';
import {
  useTrainingCoverage,
  useTrainingReminders,
  useTrainings,
  type TrainingCoverageRow,
  type TrainingSession,
} from '../api/get-trainings';
import { useDeleteTraining, useSendTrainingReminders, useWithdrawTrainingInvitation } from '../api/training-mutations';
import { trainingMessages } from '../messages';
import { InviteTrainingModal, TrainingAttendanceModal, TrainingModal } from './TrainingModals';

/**
 * 出庭应诉培训: the bureau schedules sessions with judges, invites heads (by agency) and records who came; the share
 * of each agency's heads trained in a year is its own tab. An agency sees its invitations, reminders and share.
 */
export function TrainingsPage({ canManage = true }: { canManage?: boolean }) {
  const t = useMessages(trainingMessages);
  const { filters, page, size, setFilters, paging } = useUrlFilters(['tab', 'year', 'agencyCode'] as const);
  const year = filters.year ? Number(filters.year) : undefined;

  return (
    <PageContainer title={t('title')} subTitle={t('subtitle')}>
      <Reminders canSend={canManage} />
      <Card>
        <Flex justify="flex-end" align="center" wrap gap={16} style={{ marginBottom: 8 }}>
          <DatePicker
            picker="year"
            placeholder={t('yearPlaceholder')}
            aria-label={t('yearPlaceholder')}
            value={year ? dayjs(`${year}-01-01`) : null}
            onChange={(value) => setFilters({ year: value ? value.year() : undefined })}
            style={{ width: 130 }}
          />
          <AgencySelect
            placeholder={t('agencyPlaceholder')}
            value={filters.agencyCode}
            onChange={(agencyCode) => setFilters({ agencyCode })}
            style={{ width: 260 }}
          />
        </Flex>
        <Tabs
          activeKey={filters.tab ?? 'sessions'}
          onChange={(tab) => setFilters({ tab: tab === 'sessions' ? undefined : tab })}
          items={[
            {
              key: 'sessions',
              label: t('sessionsTab'),
              children: (
                <Sessions
                  canManage={canManage}
                  year={year}
                  agencyCode={filters.agencyCode}
                  page={page}
                  size={size}
                  paging={paging}
                />
              ),
            },
            {
              key: 'coverage',
              label: t('coverageTab'),
              children: <Coverage year={year ?? Number(shanghaiToday().slice(0, 4))} agencyCode={filters.agencyCode} />,
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}

/** Like the pre-hearing warnings: coming sessions whose invitees are still to come, per agency. */
function Reminders({ canSend }: { canSend: boolean }) {
  const t = useMessages(trainingMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const reminders = useTrainingReminders();
  const send = useSendTrainingReminders();
  const items = reminders.data ?? [];
  if (items.length === 0) {
    return null;
  }
  return (
    <Alert
      type="warning"
      showIcon
      icon={<BellOutlined />}
      style={{ marginBottom: 16 }}
      title={t('reminders', { count: new Set(items.map((r) => r.sessionId)).size })}
      description={
        <Space orientation="vertical" size={2}>
          {items.map((r) => (
            <Typography.Text key={`${r.sessionId}-${r.agencyCode}`}>
              {t('reminderLine', {
                time: formatDateTime(r.startsAt),
                topic: r.topic ?? '',
                place: r.place ?? '',
                agency: r.agencyName ?? '',
                officials: (r.officials ?? []).join('、'),
              })}{' '}
              {r.remindedAt ? <Tag color="default">{t('reminded')}</Tag> : null}
            </Typography.Text>
          ))}
          {canSend ? (
            <Button
              size="small"
              style={{ marginTop: 8 }}
              loading={send.isPending}
              onClick={() =>
                send.mutateAsync(undefined).then(
                  (r) => message.success(t('remindersSent', { count: r.agenciesReminded ?? 0 })),
                  (e) => message.error(errorMessage(e, lang)),
                )
              }
            >
              {t('sendReminders')}
            </Button>
          ) : null}
        </Space>
      }
    />
  );
}

function Sessions({
  canManage,
  year,
  agencyCode,
  page,
  size,
  paging,
}: {
  canManage: boolean;
  year?: number;
  agencyCode?: string;
  page: number;
  size: number;
  paging: Paging;
}) {
  const t = useMessages(trainingMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<{ session?: TrainingSession }>();
  const [inviting, setInviting] = useState<TrainingSession>();
  const [marking, setMarking] = useState<TrainingSession>();
  const remove = useDeleteTraining();
  const withdraw = useWithdrawTrainingInvitation();
  const today = shanghaiToday();
  const query = useTrainings({ year, agencyCode, page: page - 1, size });

  const columns: TableProps<TrainingSession>['columns'] = [
    {
      title: t('topic'),
      dataIndex: 'topic',
      render: (topic: string, s) => (
        <Space size={2} orientation="vertical">
          <Typography.Text strong>{topic}</Typography.Text>
          {s.notes ? <Typography.Text type="secondary">{s.notes}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      title: t('speaker'),
      dataIndex: 'speaker',
      width: 220,
      render: (speaker: string, s) => (
        <Space size={2} orientation="vertical">
          <Typography.Text>{speaker}</Typography.Text>
          <Typography.Text type="secondary">{s.speakerCourt}</Typography.Text>
        </Space>
      ),
    },
    { title: t('startsAt'), dataIndex: 'startsAt', width: 160, render: (v: string) => formatDateTime(v) },
    { title: t('place'), dataIndex: 'place', width: 170 },
    {
      title: t('counts'),
      key: 'counts',
      width: 170,
      render: (_, s) => t('countsValue', { invited: s.invited ?? 0, attended: s.attended ?? 0 }),
    },
    ...(canManage
      ? [
          {
            title: c('actions'),
            key: 'actions',
            width: 130,
            render: (_: unknown, s: TrainingSession) => {
              const recorded = (s.attended ?? 0) + (s.absent ?? 0) > 0;
              return (
                <Space size={4} orientation="vertical">
                  <Button size="small" icon={<UserAddOutlined />} onClick={() => setInviting(s)}>
                    {t('invite')}
                  </Button>
                  {(s.invited ?? 0) > 0 && formatDate(s.startsAt) <= today ? (
                    <Button size="small" type="primary" icon={<CheckSquareOutlined />} onClick={() => setMarking(s)}>
                      {t('attendance')}
                    </Button>
                  ) : null}
                  <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setEditing({ session: s })}>
                    {t('edit')}
                  </Button>
                  {!recorded ? (
                    <Popconfirm
                      title={t('deleteTitle')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() =>
                        remove.mutateAsync(s.id!).then(
                          () => message.success(t('deleted')),
                          (e) => message.error(errorMessage(e, lang)),
                        )
                      }
                    >
                      <Button size="small" danger type="text" icon={<DeleteOutlined />}>
                        {t('delete')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  const invitees = (s: TrainingSession) => (
    <InviteeList
      invitees={s.invitations ?? []}
      emptyText={t('noInvitees')}
      onWithdraw={
        canManage
          ? (officialCode) => withdraw.mutateAsync({ id: s.id!, version: s.version ?? 0, officialCode })
          : undefined
      }
    />
  );

  return (
    <>
      {canManage ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('create')}
          </Button>
        </Flex>
      ) : null}
      <PagedTable<TrainingSession>
        rowKey="id"
        columns={columns}
        scroll={{ x: 1000 }}
        expandable={{ expandedRowRender: invitees }}
        query={query}
        paging={paging}
        empty={t('empty')}
      />
      <TrainingModal
        key={`e-${editing?.session?.id ?? 'new'}-${editing ? 'open' : 'closed'}`}
        open={!!editing}
        session={editing?.session}
        onClose={() => setEditing(undefined)}
      />
      <InviteTrainingModal key={`i-${inviting?.id}`} session={inviting} onClose={() => setInviting(undefined)} />
      <TrainingAttendanceModal key={`m-${marking?.id}`} session={marking} onClose={() => setMarking(undefined)} />
    </>
  );
}

/** Per agency the share of its heads trained in the year, lowest first so that those to invite stand out. */
function Coverage({ year, agencyCode }: { year: number; agencyCode?: string }) {
  const t = useMessages(trainingMessages);
  const label = useEnumLabel();
  const coverage = useTrainingCoverage(year, agencyCode);
  const rows = [...(coverage.data?.agencies ?? [])].sort(
    (x, y) => (x.share ?? 0) - (y.share ?? 0) || (x.agencyCode ?? '').localeCompare(y.agencyCode ?? ''),
  );
  const columns: TableProps<TrainingCoverageRow>['columns'] = [
    { title: t('agency'), dataIndex: 'agencyName' },
    { title: t('kind'), dataIndex: 'kind', width: 140, render: (kind) => label('AgencyKind', kind) },
    { title: t('heads'), dataIndex: 'heads', width: 100, align: 'right' },
    { title: t('headsInvited'), dataIndex: 'headsInvited', width: 100, align: 'right' },
    { title: t('headsTrained'), dataIndex: 'headsTrained', width: 100, align: 'right' },
    {
      title: t('share'),
      dataIndex: 'share',
      width: 200,
      render: (share?: number | null) => (
        <Flex gap={8} align="center">
          <Progress
            percent={Math.round((share ?? 0) * 1000) / 10}
            size="small"
            showInfo={false}
            status={(share ?? 0) >= 1 ? 'success' : 'normal'}
            style={{ width: 90, margin: 0 }}
          />
          <span>{formatRate(share)}</span>
        </Flex>
      ),
    },
    {
      title: t('untrained'),
      dataIndex: 'untrained',
      render: (names?: string[]) => (names && names.length > 0 ? names.join('、') : '—'),
    },
  ];
  const data = coverage.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {data ? (
        <Typography.Paragraph>
          {t('coverageSummary', {
            year: data.year ?? year,
            sessions: data.sessions ?? 0,
            heads: data.heads ?? 0,
            trained: data.headsTrained ?? 0,
            share: formatRate(data.share),
          })}
        </Typography.Paragraph>
      ) : null}
      <Table<TrainingCoverageRow>
        rowKey="agencyCode"
        size="small"
        loading={coverage.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: t('coverageEmpty') }}
        scroll={{ x: 900 }}
      />
    </Space>
  );
}
