import { AlertOutlined, AuditOutlined, CalendarOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Row, Statistic, Table, Tag, type TableProps } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageContainer } from '@/components/PageContainer';
import { formatDateTime } from '@/lib/format';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import { useOpenWarnings, type HearingWarning } from '../api/get-open-warnings';
import { usePendingDelegationCount } from '../api/get-pending-delegations';
import { useUpcomingHearings, type Hearing } from '../api/get-upcoming-hearings';
import { dashboardMessages } from '../messages';
import { HearingsByDayChart } from './HearingsByDayChart';

export function DashboardPage() {
  const t = useMessages(dashboardMessages);
  const label = useEnumLabel();
  const hearings = useUpcomingHearings(7);
  const pending = usePendingDelegationCount();
  const warnings = useOpenWarnings();
  const warnedHearings = new Set((warnings.data?.items ?? []).map((w) => w.hearingId));

  const warningColumns: TableProps<HearingWarning>['columns'] = [
    { title: t('scheduledAt'), dataIndex: 'scheduledAt', width: 170, render: (v: string) => formatDateTime(v) },
    {
      title: t('caseNumber'),
      dataIndex: 'caseNumber',
      render: (caseNumber: string, w) => <Link to={`/cases/${w.caseId}`}>{caseNumber}</Link>,
    },
    { title: t('agency'), dataIndex: 'agencyName', render: (name: string, w) => name ?? w.agencyCode },
    { title: t('raisedAt'), dataIndex: 'raisedAt', width: 170, render: (v: string) => formatDateTime(v) },
  ];

  const columns: TableProps<Hearing>['columns'] = [
    { title: t('scheduledAt'), dataIndex: 'scheduledAt', width: 170, render: (v: string) => formatDateTime(v) },
    {
      title: t('caseNumber'),
      dataIndex: 'caseNumber',
      render: (caseNumber: string, h) => <Link to={`/cases/${h.caseId}`}>{caseNumber}</Link>,
    },
    { title: t('court'), dataIndex: 'court' },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 150,
      render: (status: string, h) => (
        <>
          <Tag color="blue">{label('HearingStatus', status)}</Tag>
          {warnedHearings.has(h.id) ? <Tag color="error">{t('warningTag')}</Tag> : null}
        </>
      ),
    },
  ];

  return (
    <PageContainer title={t('title')} subTitle={t('subtitle')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={6}>
          <Card>
            <Statistic
              title={t('upcomingHearings')}
              value={hearings.data?.total ?? 0}
              loading={hearings.isLoading}
              prefix={<CalendarOutlined />}
            />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card>
            <Statistic
              title={t('pendingDelegations')}
              value={pending.data ?? 0}
              loading={pending.isLoading}
              prefix={<AuditOutlined />}
              suffix={
                pending.data ? (
                  <Link to="/delegations" style={{ fontSize: 14 }}>
                    {t('review')}
                  </Link>
                ) : null
              }
            />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card>
            <Statistic
              title={t('openWarnings')}
              value={warnings.data?.total ?? 0}
              loading={warnings.isLoading}
              prefix={<AlertOutlined />}
              styles={{ content: warnings.data?.total ? { color: '#cf1322' } : undefined }}
            />
          </Card>
        </Col>
      </Row>
      {warnings.data?.total ? (
        <Card title={t('warningsTable')}>
          <Table<HearingWarning>
            rowKey="id"
            size="middle"
            columns={warningColumns}
            dataSource={warnings.data.items}
            pagination={false}
          />
        </Card>
      ) : null}
      <Card title={t('byDay')}>
        <HearingsByDayChart hearings={hearings.data?.items ?? []} warnings={warnings.data?.items ?? []} />
      </Card>
      <Alert type="info" showIcon title={t('metricsPending')} />
      <Card title={t('hearingsTable')}>
        {hearings.isError ? (
          <ErrorAlert error={hearings.error} onRetry={() => hearings.refetch()} />
        ) : (
          <Table<Hearing>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={hearings.data?.items}
            loading={hearings.isLoading}
            pagination={false}
            locale={{ emptyText: <Empty description={t('noHearings')} /> }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
