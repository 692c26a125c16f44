import { AlertOutlined, ExceptionOutlined, FileDoneOutlined, MessageOutlined, ReadOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Select, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageContainer } from '@/components/PageContainer';
import { useMe } from '@/lib/auth/use-me';
import { formatDate, formatDateTime, formatRate, recentYears, shanghaiToday } from '@/lib/format';
import { useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import {
  useDueLostCaseReports,
  useMonthReports,
  useOpenWarnings,
  useOwnFigures,
  useTrainings,
  useUnansweredRecommendations,
} from '../api/get-desk';
import { deskMessages } from '../messages';

const DEFAULT_THRESHOLD = 0.9;

/** The month before today's (Asia/Shanghai): the one whose report is due now. */
function previousMonth(today: string): { year: number; month: number } {
  const [y, m] = today.split('-').map(Number);
  return m === 1 ? { year: y - 1, month: 12 } : { year: y, month: m - 1 };
}

/** The earliest of some dates (ISO strings sort as dates). */
function earliest(values: (string | null | undefined)[]): string | undefined {
  return values.filter((v): v is string => !!v).sort()[0];
}

function Todo({
  icon,
  title,
  count,
  detail,
  extra,
  to,
  loading,
}: {
  icon: ReactNode;
  title: string;
  count: number;
  detail?: string;
  extra?: ReactNode;
  to: string;
  loading: boolean;
}) {
  const t = useMessages(deskMessages);
  return (
    <Card size="small" loading={loading} style={{ height: '100%' }}>
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Statistic
          title={title}
          value={count}
          prefix={icon}
          suffix={t('unit')}
          styles={{ content: count ? { color: '#cf1322' } : undefined }}
        />
        <Link to={to}>{t('handle')}</Link>
      </Flex>
      <Typography.Text type="secondary">{count ? detail : t('nothing')}</Typography.Text>
      {extra ? <div>{extra}</div> : null}
    </Card>
  );
}

/** An agency user's landing page: its own figures, labelled as its own, and what it has to do, with deadlines. */
export function DeskPage() {
  const t = useMessages(deskMessages);
  const me = useMe().data;
  const agencyCode = me?.agencyCode;
  const { filters, setFilters } = useUrlFilters(['year'] as const);
  const years = recentYears();
  const today = shanghaiToday();
  const year = years.includes(Number(filters.year)) ? Number(filters.year) : Number(today.slice(0, 4));
  const due = previousMonth(today);

  const own = useOwnFigures(year, agencyCode);
  const warnings = useOpenWarnings();
  const lost = useDueLostCaseReports();
  const recommendations = useUnansweredRecommendations();
  const monthly = useMonthReports(due.year, due.month, agencyCode);
  const trainings = useTrainings();

  const figures = own.data?.own;
  const threshold = own.data?.threshold ?? DEFAULT_THRESHOLD;
  const rate = figures?.appearanceRate;
  const now = new Date().toISOString();
  const upcoming = (trainings.data?.items ?? []).filter((s) => s.startsAt >= now);
  const lostOverdue = (lost.data?.items ?? []).filter((r) => r.overdue).length;
  const recOverdue = (recommendations.data?.items ?? []).filter((r) => r.overdue).length;
  const monthlyDue = monthly.data ? (monthly.data.length === 0 ? 1 : 0) : 0;

  const kpi = (title: string, value: string, detail: string, danger = false) => (
    <Card loading={own.isLoading}>
      <Statistic title={title} value={value} styles={{ content: danger ? { color: '#cf1322' } : undefined }} />
      <Typography.Text type="secondary">{detail}</Typography.Text>
    </Card>
  );

  if (me && !agencyCode) return <Alert type="warning" showIcon title={t('noAgency')} />;

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle', { agency: figures?.agencyName ?? agencyCode ?? '', year })}
      extra={
        <Select
          aria-label={t('year')}
          value={year}
          onChange={(value) => setFilters({ year: value })}
          options={years.map((y) => ({ value: y, label: t('yearOption', { year: y }) }))}
          style={{ width: 120 }}
        />
      }
    >
      <Card title={t('todos')}>
        <Row gutter={[16, 16]}>
          <Col xs={24} md={12} xl={8}>
            <Todo
              icon={<AlertOutlined />}
              title={t('warnings')}
              count={warnings.data?.total ?? 0}
              detail={t('warningsNext', {
                at: formatDateTime(earliest((warnings.data?.items ?? []).map((w) => w.scheduledAt))),
              })}
              to="/warnings"
              loading={warnings.isLoading}
            />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Todo
              icon={<ExceptionOutlined />}
              title={t('lostCases')}
              count={lost.data?.total ?? 0}
              detail={t('lostCasesNext', { date: formatDate(earliest((lost.data?.items ?? []).map((r) => r.dueOn))) })}
              extra={
                lostOverdue ? (
                  <Typography.Text type="danger">{t('overdue', { count: lostOverdue })}</Typography.Text>
                ) : null
              }
              to="/lost-cases"
              loading={lost.isLoading}
            />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Todo
              icon={<FileDoneOutlined />}
              title={t('monthly')}
              count={monthlyDue}
              detail={t('monthlyDue', due)}
              extra={
                monthly.data && !monthlyDue ? (
                  <Typography.Text type="secondary">{t('monthlyDone', due)}</Typography.Text>
                ) : null
              }
              to={`/monthly-reports?year=${due.year}&month=${due.month}`}
              loading={monthly.isLoading}
            />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Todo
              icon={<MessageOutlined />}
              title={t('recommendations')}
              count={recommendations.data?.total ?? 0}
              detail={t('recommendationsNext', {
                date: formatDate(earliest((recommendations.data?.items ?? []).map((r) => r.dueOn))),
              })}
              extra={
                recOverdue ? (
                  <Typography.Text type="danger">{t('overdue', { count: recOverdue })}</Typography.Text>
                ) : null
              }
              to="/recommendations"
              loading={recommendations.isLoading}
            />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Todo
              icon={<ReadOutlined />}
              title={t('trainings')}
              count={upcoming.length}
              detail={t('trainingsNext', { at: formatDateTime(earliest(upcoming.map((s) => s.startsAt))) })}
              to="/trainings"
              loading={trainings.isLoading}
            />
          </Col>
        </Row>
      </Card>
      {own.isError ? <ErrorAlert error={own.error} onRetry={() => own.refetch()} /> : null}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('figures', { year })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={6}>
          {kpi(
            t('appearanceRate'),
            formatRate(rate),
            t('appearanceDetail', { heard: figures?.casesHeard ?? 0, with: figures?.casesHeardWithHead ?? 0 }) +
              (rate != null && rate < threshold ? `，${t('belowThreshold', { rate: formatRate(threshold) })}` : ''),
            rate != null && rate < threshold,
          )}
        </Col>
        <Col xs={24} md={12} xl={6}>
          {kpi(
            t('noticeRate'),
            formatRate(figures?.noticeAppearanceRate),
            t('noticeDetail', {
              received: figures?.noticesReceived ?? 0,
              with: figures?.noticesAttendedByHead ?? 0,
            }),
          )}
        </Col>
        <Col xs={24} md={12} xl={6}>
          {kpi(
            t('lossRate'),
            formatRate(figures?.lossRate),
            t('lossDetail', { concluded: figures?.casesConcluded ?? 0, lost: figures?.decisionsChanged ?? 0 }),
          )}
        </Col>
        <Col xs={24} md={12} xl={6}>
          {kpi(
            t('unjustified'),
            String(figures?.unjustifiedAbsences ?? 0),
            t('unjustifiedDetail', { points: figures?.assessmentDeduction ?? 0 }),
            (figures?.unjustifiedAbsences ?? 0) > 0,
          )}
        </Col>
      </Row>
    </PageContainer>
  );
}
