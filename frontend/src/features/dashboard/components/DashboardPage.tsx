import { AuditOutlined, CalendarOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Row, Statistic, Table, Tag, type TableProps } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageContainer } from '@/components/PageContainer';
import { formatDateTime } from '@/lib/format';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import { usePendingDelegationCount } from '../api/get-pending-delegations';
import { useUpcomingHearings, type Hearing } from '../api/get-upcoming-hearings';
import { dashboardMessages } from '../messages';

export function DashboardPage() {
  const t = useMessages(dashboardMessages);
  const label = useEnumLabel();
  const hearings = useUpcomingHearings(7);
  const pending = usePendingDelegationCount();

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
      width: 100,
      render: (status: string) => <Tag color="blue">{label('HearingStatus', status)}</Tag>,
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
      </Row>
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
