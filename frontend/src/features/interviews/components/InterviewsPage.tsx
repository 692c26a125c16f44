import { EditOutlined, EyeOutlined, SearchOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { TaskListToolbar } from '@/components/TaskListToolbar';
import { formatDate } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useInterviews, type Interview, type InterviewStatus } from '../api/get-interviews';
import { interviewMessages, interviewStatusMessages } from '../messages';
import { InterviewDrawer } from './InterviewDrawer';
import { CancelInterviewModal, RefreshInterviewsModal } from './InterviewModals';
import { usePeriodLabel, yearOptions } from './period';

const STATUS_COLORS: Record<string, string> = { OPEN: 'processing', DONE: 'success', CANCELLED: 'default' };

/**
 * 约谈: each agency at zero in a quarter, from the task the figures open to the interview held (or the task
 * cancelled, saying why). `canEdit` is the bureau's; an agency reads its own tasks.
 */
export function InterviewsPage({ canEdit = true }: { canEdit?: boolean }) {
  const t = useMessages(interviewMessages);
  const s = useMessages(interviewStatusMessages);
  const c = useMessages(commonMessages);
  const label = useEnumLabel();
  const periodLabel = usePeriodLabel();
  const { filters, page, size, setFilters, paging } = useUrlFilters([
    'status',
    'overdue',
    'year',
    'agencyCode',
  ] as const);
  const [refreshing, setRefreshing] = useState(false);
  const [opened, setOpened] = useState<Interview>();
  const [cancelling, setCancelling] = useState<Interview>();
  const status = filters.status as InterviewStatus | undefined;
  const overdue = filters.overdue === 'true';
  const year = Number(filters.year) || undefined;

  const query = useInterviews({
    status,
    overdue: overdue || undefined,
    year,
    agencyCode: filters.agencyCode,
    page: page - 1,
    size,
  });

  const columns: TableProps<Interview>['columns'] = [
    {
      title: t('agency'),
      dataIndex: 'agencyName',
      width: 220,
      render: (name: string, i) => (
        <Space size={2} orientation="vertical">
          <Typography.Text strong>{name ?? i.agencyCode}</Typography.Text>
          <Typography.Text type="secondary">{label('AgencyKind', i.agencyKind)}</Typography.Text>
        </Space>
      ),
    },
    { title: t('period'), key: 'period', width: 130, render: (_, i) => periodLabel(i) },
    {
      title: t('casesHeard'),
      dataIndex: 'casesHeard',
      width: 200,
      render: (n: number, i) => (
        <Space size={2} orientation="vertical">
          {t('casesHeardValue', { n: n ?? 0 })}
          {i.atZero === false ? <Tag color="warning">{t('noLongerZero')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('dueOn'),
      dataIndex: 'dueOn',
      width: 120,
      render: (dueOn: string, i) => (
        <Space size={2} orientation="vertical">
          {formatDate(dueOn)}
          {i.overdue ? <Tag color="error">{t('overdue')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 130,
      render: (value: InterviewStatus, i) => (
        <Space size={2} orientation="vertical">
          <Tag color={STATUS_COLORS[value]}>{s(value)}</Tag>
          {i.completedOn ? (
            <Typography.Text type="secondary">{t('completedOn', { date: formatDate(i.completedOn) })}</Typography.Text>
          ) : null}
          {i.cancelledOn ? (
            <Typography.Text type="secondary">{t('cancelledOn', { date: formatDate(i.cancelledOn) })}</Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('summary'),
      key: 'summary',
      render: (_, i) => {
        if (i.status === 'CANCELLED') {
          return (
            <Typography.Text type="secondary">
              {i.cancelledByRefresh ? t('cancelledByRefresh') : i.cancelReason}
            </Typography.Text>
          );
        }
        if (!i.heldOn && !i.outcome) return <Typography.Text type="secondary">{t('notYet')}</Typography.Text>;
        return (
          <Space size={2} orientation="vertical" style={{ width: '100%' }}>
            {i.heldOn ? (
              <Typography.Text>
                {t('heldOn')}：{formatDate(i.heldOn)}
                {i.location ? ` · ${i.location}` : ''}
              </Typography.Text>
            ) : null}
            {i.outcome ? (
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                {t('outcome')}：{i.outcome}
              </Typography.Paragraph>
            ) : null}
          </Space>
        );
      },
    },
    {
      title: c('actions'),
      key: 'actions',
      width: 120,
      render: (_, i) => (
        <Space size={4} orientation="vertical">
          {canEdit && i.status === 'OPEN' ? (
            <Button size="small" type="primary" icon={<EditOutlined />} onClick={() => setOpened(i)}>
              {t('record')}
            </Button>
          ) : (
            <Button size="small" icon={<EyeOutlined />} onClick={() => setOpened(i)}>
              {t('view')}
            </Button>
          )}
          {canEdit && i.status === 'OPEN' ? (
            <Button size="small" icon={<StopOutlined />} onClick={() => setCancelling(i)}>
              {t('cancel')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        canEdit ? (
          <Button icon={<SearchOutlined />} onClick={() => setRefreshing(true)}>
            {t('refresh')}
          </Button>
        ) : null
      }
    >
      <Card>
        <TaskListToolbar<InterviewStatus>
          tabs={[
            { key: 'OPEN', label: t('tabOpen') },
            { key: 'DONE', label: t('tabDone') },
            { key: 'CANCELLED', label: t('tabCancelled') },
          ]}
          filters={filters}
          setFilters={setFilters}
        >
          <Select
            aria-label={t('refreshYear')}
            value={year ?? 0}
            options={[{ value: 0, label: t('allYears') }, ...yearOptions(t)]}
            onChange={(value) => setFilters({ year: value || undefined })}
            style={{ width: 120 }}
          />
        </TaskListToolbar>
        <PagedTable<Interview>
          rowKey="id"
          columns={columns}
          scroll={{ x: 1100 }}
          rowClassName={(i) => (i.overdue ? 'row-overdue' : '')}
          query={query}
          paging={paging}
          empty={t('empty')}
        />
      </Card>
      <InterviewDrawer
        key={`d-${opened?.id}-${opened?.version}`}
        interview={opened}
        canEdit={canEdit}
        onClose={() => setOpened(undefined)}
      />
      <CancelInterviewModal
        key={`c-${cancelling?.id}`}
        interview={cancelling}
        onClose={() => setCancelling(undefined)}
      />
      <RefreshInterviewsModal open={refreshing} onClose={() => setRefreshing(false)} />
    </PageContainer>
  );
}
