import { CheckSquareOutlined, DeleteOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Popconfirm, Space, Tag, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { AgencySelect } from '@/components/AgencySelect';
import { InviteeList } from '@/components/Invitees';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { errorMessage } from '@/lib/api/problem';
import { formatDateTime, shanghaiToday, formatDate } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useDeleteObservation } from '../api/delete-observation';
import { useObservations, type ObservationSession } from '../api/get-observations';
import { useWithdrawInvitation } from '../api/withdraw-invitation';
import { observationMessages } from '../messages';
import { AttendanceModal, CreateObservationModal, InviteModal } from './ObservationModals';

/** 旁听庭审: the bureau marks hearings, invites heads and records who came; an agency sees its own invitations. */
export function ObservationsPage({ canManage = true }: { canManage?: boolean }) {
  const t = useMessages(observationMessages);
  const c = useMessages(commonMessages);
  const label = useEnumLabel();
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const { filters, page, size, setFilters, paging } = useUrlFilters(['year', 'agencyCode'] as const);
  const [creating, setCreating] = useState(false);
  const [inviting, setInviting] = useState<ObservationSession>();
  const [marking, setMarking] = useState<ObservationSession>();
  const remove = useDeleteObservation();
  const withdraw = useWithdrawInvitation();
  const year = filters.year ? Number(filters.year) : undefined;
  const today = shanghaiToday();

  const query = useObservations({ year, agencyCode: filters.agencyCode, page: page - 1, size });

  const columns: TableProps<ObservationSession>['columns'] = [
    {
      title: t('session'),
      dataIndex: 'title',
      render: (title: string, s) => (
        <Space size={2} orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text strong>{title}</Typography.Text>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0 }}>
            {t('typicalReason')}：{s.typicalReason}
          </Typography.Paragraph>
        </Space>
      ),
    },
    {
      title: t('hearing'),
      dataIndex: 'scheduledAt',
      width: 260,
      render: (scheduledAt: string, s) => (
        <Space size={2} orientation="vertical">
          <Typography.Text>
            {formatDateTime(scheduledAt)} <Tag>{label('HearingStatus', s.hearingStatus)}</Tag>
          </Typography.Text>
          {canManage ? (
            <Link to={`/cases/${s.caseId}`}>{s.caseNumber}</Link>
          ) : (
            <Typography.Text>{s.caseNumber}</Typography.Text>
          )}
          <Typography.Text type="secondary">
            {s.court}
            {s.causeOfAction ? ` · ${s.causeOfAction}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('place'), dataIndex: 'place', width: 170, render: (place?: string) => place ?? '—' },
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
            render: (_: unknown, s: ObservationSession) => (
              <Space size={4} orientation="vertical">
                <Button size="small" icon={<UserAddOutlined />} onClick={() => setInviting(s)}>
                  {t('invite')}
                </Button>
                {(s.invited ?? 0) > 0 && formatDate(s.scheduledAt) <= today ? (
                  <Button size="small" type="primary" icon={<CheckSquareOutlined />} onClick={() => setMarking(s)}>
                    {t('attendance')}
                  </Button>
                ) : null}
                {(s.attended ?? 0) + (s.absent ?? 0) === 0 ? (
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
            ),
          },
        ]
      : []),
  ];

  const invitees = (s: ObservationSession) => (
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
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('create')}
          </Button>
        ) : null
      }
    >
      <Card>
        <Flex justify="flex-end" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
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
        <PagedTable<ObservationSession>
          rowKey="id"
          columns={columns}
          scroll={{ x: 1000 }}
          expandable={{ expandedRowRender: invitees }}
          query={query}
          paging={paging}
          empty={t('empty')}
        />
      </Card>
      <CreateObservationModal open={creating} onClose={() => setCreating(false)} />
      <InviteModal key={`i-${inviting?.id}`} session={inviting} onClose={() => setInviting(undefined)} />
      <AttendanceModal key={`m-${marking?.id}`} session={marking} onClose={() => setMarking(undefined)} />
    </PageContainer>
  );
}
