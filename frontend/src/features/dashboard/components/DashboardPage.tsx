import { AlertOutlined, AuditOutlined, CalendarOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Select, Statistic, Table, Tag, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { Chart } from '@/components/charts/Chart';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FlagTags } from '@/components/FlagTags';
import { PageContainer } from '@/components/PageContainer';
import { useMe } from '@/lib/auth/use-me';
import { FLAG_ORDER } from '@/lib/flags';
import { formatDateTime, formatPp, formatRate } from '@/lib/format';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useCoordinationYear } from '../api/get-coordination-figures';
import { useOpenWarnings, type HearingWarning } from '../api/get-open-warnings';
import { usePendingDelegationCount } from '../api/get-pending-delegations';
import { useUpcomingHearings, type Hearing } from '../api/get-upcoming-hearings';
import { useYearFigures, useYearsFigures, type ComplianceFigures } from '../api/get-year-figures';
import { dashboardMessages } from '../messages';
import { agencyRatesOption, trendOption } from './chart-options';
import { HearingsByDayChart } from './HearingsByDayChart';

const FIRST_YEAR = 2018;
const TREND_YEARS = 5;
const DEFAULT_THRESHOLD = 0.9;

/** The more serious its worst flag, the higher an agency comes. */
function flagRank(agency: ComplianceFigures): number {
  const ranks = (agency.flags ?? []).map((f) => (FLAG_ORDER as readonly string[]).indexOf(f)).filter((i) => i >= 0);
  return ranks.length ? Math.min(...ranks) : FLAG_ORDER.length;
}

export function DashboardPage() {
  const t = useMessages(dashboardMessages);
  // Only the bureau reviews delegations; an agency sees how many of its own await review.
  const reviews = useMe().data?.role === 'ADMIN';
  const label = useEnumLabel();
  const { filters, setFilters } = useUrlFilters(['year'] as const);
  const thisYear = new Date().getFullYear();
  const year = Number(filters.year) >= FIRST_YEAR && Number(filters.year) <= thisYear ? Number(filters.year) : thisYear;
  const centre = useCoordinationYear(year);

  const figures = useYearFigures(year);
  const trendYears = Array.from({ length: TREND_YEARS }, (_, i) => year - TREND_YEARS + 1 + i);
  const trend = useYearsFigures(trendYears);
  const hearings = useUpcomingHearings(7);
  const pending = usePendingDelegationCount();
  const warnings = useOpenWarnings();
  const warnedHearings = new Set((warnings.data?.items ?? []).map((w) => w.hearingId));

  const report = figures.data;
  const threshold = report?.threshold ?? DEFAULT_THRESHOLD;
  const group = (name: string) => report?.groups?.find((g) => g.group === name);
  const departments = group('DEPARTMENTS_AND_SUBDISTRICTS');
  const government = group('DISTRICT_GOVERNMENT');
  const district = group('ALL');
  const flagged = (report?.agencies ?? [])
    .filter((a) => a.flags?.length)
    .sort((a, b) => flagRank(a) - flagRank(b) || (a.appearanceRate ?? 0) - (b.appearanceRate ?? 0));
  const heardCount = (report?.agencies ?? []).filter((a) => (a.casesHeard ?? 0) > 0).length;
  const thresholdLabel = t('thresholdLine', { rate: formatRate(threshold) });

  const hearingColumns: TableProps<Hearing>['columns'] = [
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
  const flaggedColumns: TableProps<ComplianceFigures>['columns'] = [
    { title: t('agency'), dataIndex: 'agencyName', width: 220 },
    {
      title: t('rate'),
      dataIndex: 'appearanceRate',
      width: 110,
      align: 'right',
      render: (rate: number | null) => (
        <Typography.Text type={rate != null && rate < threshold ? 'danger' : undefined}>
          {formatRate(rate)}
        </Typography.Text>
      ),
    },
    {
      title: t('casesHeard'),
      dataIndex: 'casesHeard',
      width: 90,
      align: 'right',
      render: (n: number | undefined, a) =>
        n ? (
          <Link to={`/compliance/duties?year=${year}&agencyCode=${encodeURIComponent(a.agencyCode ?? '')}`}>{n}</Link>
        ) : (
          0
        ),
    },
    { title: t('flags'), dataIndex: 'flags', render: (flags: string[]) => <FlagTags flags={flags} /> },
    {
      key: 'cases',
      width: 100,
      render: (_, a) => (
        <Link to={`/compliance/duties?year=${year}&agencyCode=${encodeURIComponent(a.agencyCode ?? '')}`}>
          {t('casesLink')}
        </Link>
      ),
    },
  ];

  const kpi = (title: string, value: string, detail: string, danger = false, to?: string) => (
    <Card loading={figures.isLoading}>
      <Statistic title={title} value={value} styles={{ content: danger ? { color: '#cf1322' } : undefined }} />
      <Typography.Text type="secondary">{detail}</Typography.Text>
      {to ? (
        <div>
          <Link to={to}>{t('casesLink')}</Link>
        </div>
      ) : null}
    </Card>
  );

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle', { year })}
      extra={
        <Select
          aria-label={t('year')}
          value={year}
          onChange={(value) => setFilters({ year: value === thisYear ? undefined : value })}
          options={Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i).map((y) => ({
            value: y,
            label: t('yearOption', { year: y }),
          }))}
          style={{ width: 120 }}
        />
      }
    >
      {figures.isError ? <ErrorAlert error={figures.error} onRetry={() => figures.refetch()} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={6}>
          {kpi(
            t('kpiAppearanceRate'),
            formatRate(departments?.appearanceRate),
            t('kpiAppearanceDetail', {
              with: departments?.casesHeardWithHead ?? 0,
              heard: departments?.casesHeard ?? 0,
              pp: formatPp(departments?.appearanceRateChangePp),
            }),
            departments?.appearanceRate != null && departments.appearanceRate < threshold,
          )}
        </Col>
        <Col xs={24} md={12} xl={6}>
          {kpi(
            t('kpiGovernmentRate'),
            formatRate(government?.noticeAppearanceRate),
            t('kpiGovernmentDetail', {
              with: government?.noticesAttendedByHead ?? 0,
              received: government?.noticesReceived ?? 0,
              pp: formatPp(government?.noticeAppearanceRateChangePp),
            }),
          )}
        </Col>
        <Col xs={24} md={12} xl={6}>
          {kpi(
            t('kpiLossRate'),
            formatRate(departments?.lossRate),
            t('kpiLossDetail', {
              concluded: departments?.casesConcluded ?? 0,
              lost: departments?.decisionsChanged ?? 0,
            }),
          )}
        </Col>
        <Col xs={24} md={12} xl={6}>
          {kpi(
            t('kpiUnjustified'),
            String(district?.unjustifiedAbsences ?? 0),
            t('kpiUnjustifiedDetail', { points: district?.assessmentDeduction ?? 0 }),
            (district?.unjustifiedAbsences ?? 0) > 0,
            `/compliance/duties?year=${year}&result=UNJUSTIFIED`,
          )}
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('agencyRates')}>
            {report && heardCount === 0 ? (
              <Empty description={t('noHeard')} />
            ) : report ? (
              <Chart
                option={agencyRatesOption(report.agencies ?? [], threshold, {
                  rate: t('rate'),
                  threshold: thresholdLabel,
                })}
                height={Math.max(240, heardCount * 22 + 48)}
              />
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('trend')}>
            <Chart
              option={trendOption(
                trendYears,
                trend.map((q) => q.data),
                threshold,
                {
                  departments: t('trendDepartments'),
                  government: t('trendGovernment'),
                  district: t('trendDistrict'),
                  threshold: thresholdLabel,
                },
              )}
              height={300}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('flagged')}>
        <Table<ComplianceFigures>
          rowKey="agencyCode"
          size="small"
          columns={flaggedColumns}
          dataSource={flagged}
          loading={figures.isLoading || figures.isPlaceholderData}
          pagination={flagged.length > 10 ? { pageSize: 10 } : false}
          locale={{ emptyText: <Empty description={t('noFlags')} /> }}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={t('upcomingHearings')}
              value={hearings.data?.total ?? 0}
              loading={hearings.isLoading}
              prefix={<CalendarOutlined />}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={t('pendingDelegations')}
              value={pending.data ?? 0}
              loading={pending.isLoading}
              prefix={<AuditOutlined />}
              suffix={
                pending.data && reviews ? (
                  <Link to="/delegations" style={{ fontSize: 14 }}>
                    {t('review')}
                  </Link>
                ) : null
              }
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
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
      <Card
        title={t('coordination', { year })}
        extra={<Link to="/coordination?tab=figures">{t('coordinationMore')}</Link>}
        loading={centre.isLoading}
      >
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('disputesReceived')} value={centre.data?.received ?? 0} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('disputesResolved')} value={centre.data?.resolved ?? 0} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('resolutionRate')} value={formatRate(centre.data?.resolutionRate)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('disputesOverdue')}
              value={centre.data?.overdue ?? 0}
              styles={{ content: centre.data?.overdue ? { color: '#cf1322' } : undefined }}
            />
          </Col>
        </Row>
      </Card>
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
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('byDay')}>
            <HearingsByDayChart hearings={hearings.data?.items ?? []} warnings={warnings.data?.items ?? []} />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('hearingsTable')}>
            {hearings.isError ? (
              <ErrorAlert error={hearings.error} onRetry={() => hearings.refetch()} />
            ) : (
              <Table<Hearing>
                rowKey="id"
                size="small"
                columns={hearingColumns}
                dataSource={hearings.data?.items}
                loading={hearings.isLoading}
                pagination={false}
                locale={{ emptyText: <Empty description={t('noHearings')} /> }}
              />
            )}
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
