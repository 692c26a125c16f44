import { FileExcelOutlined, FileTextOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FlagTags } from '@/components/FlagTags';
import { LoadingBlock } from '@/components/LoadingBlock';
import { PageContainer } from '@/components/PageContainer';
import { errorMessage } from '@/lib/api/problem';
import { formatDate, formatPp, formatRate, recentYears } from '@/lib/format';
import { enumOptions, useEnumLabel } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useDownloadCompliance, type ExportFormat } from '../api/download-compliance';
import { useCompliance, type ComplianceFigures, type TrialLevelFilter } from '../api/get-compliance';
import { complianceMessages } from '../messages';
import { drillLink, type DutyFilter } from './drill';
import { parsePeriod } from './period';

function RateText({ rate, threshold }: { rate: number | null | undefined; threshold?: number }) {
  const below = rate != null && threshold != null && rate < threshold;
  return <Typography.Text type={below ? 'danger' : undefined}>{formatRate(rate)}</Typography.Text>;
}

export function CompliancePage() {
  const t = useMessages(complianceMessages);
  const { lang } = useLanguage();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const { filters, setFilters } = useUrlFilters(['year', 'quarter', 'month', 'trialLevel', 'all'] as const);
  const thisYear = new Date().getFullYear();
  const period = parsePeriod(filters, thisYear);
  const trialLevel = (filters.trialLevel as TrialLevelFilter | undefined) ?? 'FIRST_INSTANCE';
  const activeOnly = filters.all !== 'true';
  const params = { ...period, trialLevel };
  const query = useCompliance(params);
  const download = useDownloadCompliance();
  const [exporting, setExporting] = useState<ExportFormat>();

  const exportAs = (format: ExportFormat) => {
    setExporting(format);
    download
      .mutateAsync({ ...params, format })
      .then((file) => message.success(t('exported', { file })))
      .catch((error: unknown) => message.error(errorMessage(error, lang)))
      .finally(() => setExporting(undefined));
  };

  const report = query.data;
  const threshold = report?.threshold;
  const agencies = (report?.agencies ?? []).filter(
    (a) => !activeOnly || (a.casesHeard ?? 0) > 0 || (a.noticesReceived ?? 0) > 0,
  );
  const years = recentYears().map((year) => ({ value: year, label: t('yearOption', { year }) }));
  const periodKind = period.quarter ? 'quarter' : period.month ? 'month' : 'year';

  const num = (value: number | undefined) => value ?? 0;
  // A count opens the duties it counts, with the same period, instance and agency.
  const drill = (filter: DutyFilter, agencyCode?: string, mandatory?: boolean) => (value: number | undefined) =>
    value ? <Link to={drillLink({ ...params, agencyCode, filter, mandatory })}>{value}</Link> : num(value);
  const agencyDrill = (filter: DutyFilter) => (value: number | undefined, a: ComplianceFigures) =>
    drill(filter, a.agencyCode ?? undefined)(value);
  const columns: TableProps<ComplianceFigures>['columns'] = [
    {
      title: t('agency'),
      dataIndex: 'agencyName',
      fixed: 'left',
      width: 250,
      ellipsis: { showTitle: true },
    },
    {
      title: t('kind'),
      dataIndex: 'agencyKind',
      width: 110,
      filters: enumOptions('AgencyKind', lang).map((o) => ({ text: o.label, value: o.value })),
      onFilter: (value, a) => a.agencyKind === value,
      render: (kind: string) => label('AgencyKind', kind),
    },
    {
      title: t('appearance'),
      children: [
        {
          title: t('casesHeard'),
          dataIndex: 'casesHeard',
          width: 80,
          align: 'right',
          render: agencyDrill('all'),
        },
        {
          title: t('casesHeardWithHead'),
          dataIndex: 'casesHeardWithHead',
          width: 90,
          align: 'right',
          render: agencyDrill('met'),
        },
        {
          title: t('appearanceRate'),
          dataIndex: 'appearanceRate',
          width: 120,
          align: 'right',
          sorter: (a, b) => (a.appearanceRate ?? 2) - (b.appearanceRate ?? 2),
          render: (rate: number | null) => <RateText rate={rate} threshold={threshold} />,
        },
        {
          title: t('change'),
          dataIndex: 'appearanceRateChangePp',
          width: 100,
          align: 'right',
          render: (pp: number | null) => formatPp(pp),
        },
      ],
    },
    {
      title: t('notices'),
      children: [
        { title: t('noticesReceived'), dataIndex: 'noticesReceived', width: 80, align: 'right', render: num },
        {
          title: t('noticesAttendedByHead'),
          dataIndex: 'noticesAttendedByHead',
          width: 90,
          align: 'right',
          render: num,
        },
        {
          title: t('noticeAppearanceRate'),
          dataIndex: 'noticeAppearanceRate',
          width: 100,
          align: 'right',
          render: (rate: number | null) => formatRate(rate),
        },
      ],
    },
    {
      title: t('mandatory'),
      children: [
        {
          title: t('mandatoryRate'),
          dataIndex: 'mandatoryAppearanceRate',
          width: 110,
          align: 'right',
          render: (rate: number | null, a) => (a.mandatoryCasesHeard ? <RateText rate={rate} threshold={1} /> : '—'),
        },
      ],
    },
    {
      title: t('outcomes'),
      children: [
        { title: t('casesConcluded'), dataIndex: 'casesConcluded', width: 70, align: 'right', render: num },
        { title: t('decisionsChanged'), dataIndex: 'decisionsChanged', width: 70, align: 'right', render: num },
        {
          title: t('lossRate'),
          dataIndex: 'lossRate',
          width: 90,
          align: 'right',
          render: (rate: number | null) => formatRate(rate),
        },
        { title: t('coordinated'), dataIndex: 'resolvedByCoordination', width: 90, align: 'right', render: num },
      ],
    },
    {
      title: t('absences'),
      children: [
        {
          title: t('justified'),
          dataIndex: 'justifiedAbsences',
          width: 70,
          align: 'right',
          render: agencyDrill('JUSTIFIED'),
        },
        {
          title: t('pending'),
          dataIndex: 'pendingAbsences',
          width: 70,
          align: 'right',
          render: agencyDrill('PENDING'),
        },
        {
          title: t('unjustified'),
          dataIndex: 'unjustifiedAbsences',
          width: 90,
          align: 'right',
          render: (n: number | undefined, a) => (
            <Typography.Text type={n ? 'danger' : undefined}>{agencyDrill('UNJUSTIFIED')(n, a)}</Typography.Text>
          ),
        },
      ],
    },
    {
      title: t('quality'),
      children: [
        { title: t('silent'), dataIndex: 'silentAppearances', width: 90, align: 'right', render: num },
        { title: t('leftEarly'), dataIndex: 'leftEarlyAppearances', width: 80, align: 'right', render: num },
        { title: t('noOneAppeared'), dataIndex: 'noOneAppeared', width: 80, align: 'right', render: num },
        { title: t('lateNotices'), dataIndex: 'lateNotices', width: 80, align: 'right', render: num },
      ],
    },
    { title: t('recommendations'), dataIndex: 'judicialRecommendations', width: 80, align: 'right', render: num },
    { title: t('deduction'), dataIndex: 'assessmentDeduction', width: 80, align: 'right', render: num },
    { title: t('flags'), dataIndex: 'flags', width: 260, render: (flags: string[]) => <FlagTags flags={flags} /> },
  ];

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        <Space className="no-print" wrap>
          <Button icon={<FileTextOutlined />} loading={exporting === 'csv'} onClick={() => exportAs('csv')}>
            {t('exportCsv')}
          </Button>
          <Button icon={<FileExcelOutlined />} loading={exporting === 'xlsx'} onClick={() => exportAs('xlsx')}>
            {t('exportExcel')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('print')}
          </Button>
        </Space>
      }
    >
      <Card className="no-print">
        <Flex gap={12} wrap align="center">
          <Select
            aria-label={t('year')}
            value={period.year}
            options={years}
            onChange={(year) => setFilters({ year })}
            style={{ width: 120 }}
          />
          <Segmented
            aria-label={t('periodKind')}
            value={periodKind}
            options={[
              { value: 'year', label: t('periodYear') },
              { value: 'quarter', label: t('periodQuarter') },
              { value: 'month', label: t('periodMonth') },
            ]}
            onChange={(kind) =>
              setFilters({
                quarter: kind === 'quarter' ? (period.quarter ?? 1) : undefined,
                month: kind === 'month' ? (period.month ?? 1) : undefined,
              })
            }
          />
          {periodKind === 'quarter' ? (
            <Select
              aria-label={t('periodQuarter')}
              value={period.quarter}
              options={[1, 2, 3, 4].map((n) => ({ value: n, label: t('quarterOption', { n }) }))}
              onChange={(quarter) => setFilters({ quarter })}
              style={{ width: 120 }}
            />
          ) : null}
          {periodKind === 'month' ? (
            <Select
              aria-label={t('periodMonth')}
              value={period.month}
              options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('monthOption', { n: i + 1 }) }))}
              onChange={(month) => setFilters({ month })}
              style={{ width: 120 }}
            />
          ) : null}
          <Select
            aria-label={t('trialLevel')}
            value={trialLevel}
            options={enumOptions('TrialLevelFilter', lang)}
            onChange={(level) => setFilters({ trialLevel: level === 'FIRST_INSTANCE' ? undefined : level })}
            style={{ width: 140 }}
          />
          <Checkbox checked={activeOnly} onChange={(e) => setFilters({ all: e.target.checked ? undefined : 'true' })}>
            {t('activeOnly')}
          </Checkbox>
        </Flex>
      </Card>
      {query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
      ) : !report ? (
        <LoadingBlock />
      ) : (
        <>
          <Flex gap={16} wrap>
            <Typography.Text type="secondary">
              {t('periodRange', { from: formatDate(report.periodStart), to: formatDate(report.periodEnd) })}
            </Typography.Text>
            {threshold != null ? (
              <Typography.Text type="secondary">{t('threshold', { rate: formatRate(threshold) })}</Typography.Text>
            ) : null}
            <Typography.Text type="secondary">{t('drillHint')}</Typography.Text>
          </Flex>
          <Row gutter={[16, 16]}>
            {(report.groups ?? []).map((group) => (
              <Col key={group.group} xs={24} lg={8}>
                <Card title={label('MetricsGroup', group.group)} size="small">
                  <Row gutter={8}>
                    <Col span={8}>
                      <Statistic title={t('appearanceRate')} value={formatRate(group.appearanceRate)} />
                      <Typography.Text type="secondary">
                        {group.group === 'ALL' ? (
                          <>
                            {drill('met')(group.casesHeardWithHead)}/{drill('all')(group.casesHeard)}
                          </>
                        ) : (
                          <>
                            {group.casesHeardWithHead ?? 0}/{group.casesHeard ?? 0}
                          </>
                        )}{' '}
                        · {formatPp(group.appearanceRateChangePp)}
                      </Typography.Text>
                    </Col>
                    <Col span={8}>
                      <Statistic title={t('noticeAppearanceRate')} value={formatRate(group.noticeAppearanceRate)} />
                      <Typography.Text type="secondary">
                        {group.noticesAttendedByHead ?? 0}/{group.noticesReceived ?? 0} ·{' '}
                        {formatPp(group.noticeAppearanceRateChangePp)}
                      </Typography.Text>
                    </Col>
                    <Col span={8}>
                      <Statistic title={t('lossRate')} value={formatRate(group.lossRate)} />
                      <Typography.Text type="secondary">
                        {group.decisionsChanged ?? 0}/{group.casesConcluded ?? 0}
                      </Typography.Text>
                    </Col>
                  </Row>
                </Card>
              </Col>
            ))}
          </Row>
          <Card title={t('agencies')}>
            <Table<ComplianceFigures>
              rowKey="agencyCode"
              size="small"
              bordered
              columns={columns}
              dataSource={agencies}
              loading={query.isPlaceholderData}
              pagination={false}
              scroll={{ x: 2450 }}
              sticky
              locale={{ emptyText: <Empty description={t('empty')} /> }}
            />
          </Card>
        </>
      )}
    </PageContainer>
  );
}
