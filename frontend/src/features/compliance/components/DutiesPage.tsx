import { ArrowLeftOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Empty, Flex, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { AgencySelect } from '@/components/AgencySelect';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageContainer } from '@/components/PageContainer';
import { errorMessage } from '@/lib/api/problem';
import { formatDate, formatDateTime, recentYears } from '@/lib/format';
import { enumOptions, useEnumLabel } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import type { ExportFormat } from '@/lib/download';
import { useDownloadDuties } from '../api/download-duties';
import type { TrialLevelFilter } from '../api/get-compliance';
import { useDuties, type HeardDuty } from '../api/get-duties';
import { complianceMessages } from '../messages';
import { dutyQuery } from './drill';
import { parsePeriod } from './period';

const RESULT_COLOURS: Record<string, string> = {
  MET: 'success',
  JUSTIFIED: 'processing',
  PENDING: 'warning',
  UNJUSTIFIED: 'error',
};

/** The duties a figure of 合规统计 or the dashboard counts: each case heard in the period, with its result. */
export function DutiesPage() {
  const t = useMessages(complianceMessages);
  const { lang } = useLanguage();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const { filters, setFilters } = useUrlFilters([
    'year',
    'quarter',
    'month',
    'trialLevel',
    'agencyCode',
    'result',
    'mandatory',
  ] as const);
  const thisYear = new Date().getFullYear();
  const period = parsePeriod(filters, thisYear);
  const trialLevel = (filters.trialLevel as TrialLevelFilter | undefined) ?? 'FIRST_INSTANCE';
  const mandatory = filters.mandatory === 'true';
  const params = {
    ...period,
    trialLevel,
    agencyCode: filters.agencyCode,
    ...dutyQuery(filters.result),
    mandatory: mandatory || undefined,
  };
  const query = useDuties(params);
  const download = useDownloadDuties();
  const [exporting, setExporting] = useState<ExportFormat>();
  const duties = query.data ?? [];
  const unmet = duties.filter((d) => d.result !== 'MET').length;

  const exportAs = (format: ExportFormat) => {
    setExporting(format);
    download
      .mutateAsync({ ...params, format })
      .then((file) => message.success(t('exported', { file })))
      .catch((error: unknown) => message.error(errorMessage(error, lang)))
      .finally(() => setExporting(undefined));
  };

  const resultOptions = [
    { value: 'all', label: t('filterAll') },
    { value: 'met', label: t('filterMet') },
    { value: 'unmet', label: t('filterUnmet') },
    ...enumOptions('DutyResult', lang).filter((o) => o.value !== 'MET'),
  ];
  const periodValue = period.quarter ? `q${period.quarter}` : period.month ? `m${period.month}` : 'year';
  const periodOptions = [
    { value: 'year', label: t('periodYear') },
    ...[1, 2, 3, 4].map((n) => ({ value: `q${n}`, label: t('quarterOption', { n }) })),
    ...Array.from({ length: 12 }, (_, i) => ({ value: `m${i + 1}`, label: t('monthOption', { n: i + 1 }) })),
  ];

  const columns: TableProps<HeardDuty>['columns'] = [
    { title: t('agency'), dataIndex: 'agencyName', width: 220, ellipsis: { showTitle: true } },
    {
      title: t('caseNumber'),
      dataIndex: 'caseNumber',
      width: 220,
      render: (caseNumber: string, d) => <Link to={`/cases/${d.caseId}`}>{caseNumber}</Link>,
    },
    { title: t('court'), dataIndex: 'court', width: 200, ellipsis: { showTitle: true } },
    { title: t('causeOfAction'), dataIndex: 'causeOfAction', width: 130, render: (v: string | null) => v ?? '—' },
    {
      title: t('hearingDate'),
      dataIndex: 'dutyDate',
      width: 110,
      render: (v: string) => formatDate(v),
    },
    {
      title: t('dutyKind'),
      dataIndex: 'kind',
      width: 120,
      render: (kind: string, d) => (
        <Space size={4} wrap>
          {kind === 'RENEWED' ? t('dutyRenewed') : t('dutyBase')}
          {d.mandatory ? <Tag color="purple">{t('mandatoryTag')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('result'),
      dataIndex: 'result',
      width: 170,
      render: (result: string) => <Tag color={RESULT_COLOURS[result]}>{label('DutyResult', result)}</Tag>,
    },
    {
      title: t('coveredHearings'),
      dataIndex: 'hearings',
      render: (hearings: HeardDuty['hearings']) =>
        hearings.length ? hearings.map((h) => formatDateTime(h.scheduledAt)).join('；') : '—',
    },
  ];

  return (
    <PageContainer
      title={t('drillTitle')}
      subTitle={t('drillSubtitle')}
      extra={
        <Space className="no-print" wrap>
          <Link to={`/compliance?year=${period.year}`}>
            <Button icon={<ArrowLeftOutlined />}>{t('back')}</Button>
          </Link>
          <Button icon={<FileTextOutlined />} loading={exporting === 'csv'} onClick={() => exportAs('csv')}>
            {t('exportCsv')}
          </Button>
          <Button icon={<FileExcelOutlined />} loading={exporting === 'xlsx'} onClick={() => exportAs('xlsx')}>
            {t('exportExcel')}
          </Button>
        </Space>
      }
    >
      <Card className="no-print">
        <Flex gap={12} wrap align="center">
          <Select
            aria-label={t('year')}
            value={period.year}
            options={recentYears().map((year) => ({ value: year, label: t('yearOption', { year }) }))}
            onChange={(year) => setFilters({ year })}
            style={{ width: 110 }}
          />
          <Select
            aria-label={t('periodKind')}
            value={periodValue}
            options={periodOptions}
            onChange={(value: string) =>
              setFilters({
                quarter: value.startsWith('q') ? value.slice(1) : undefined,
                month: value.startsWith('m') ? value.slice(1) : undefined,
              })
            }
            style={{ width: 120 }}
          />
          <AgencySelect
            aria-label={t('agency')}
            placeholder={t('allAgencies')}
            value={filters.agencyCode}
            onChange={(agencyCode) => setFilters({ agencyCode })}
            style={{ width: 240 }}
          />
          <Select
            aria-label={t('result')}
            value={filters.result && resultOptions.some((o) => o.value === filters.result) ? filters.result : 'all'}
            options={resultOptions}
            onChange={(result: string) => setFilters({ result: result === 'all' ? undefined : result })}
            style={{ width: 180 }}
          />
          <Select
            aria-label={t('trialLevel')}
            value={trialLevel}
            options={enumOptions('TrialLevelFilter', lang)}
            onChange={(level) => setFilters({ trialLevel: level === 'FIRST_INSTANCE' ? undefined : level })}
            style={{ width: 130 }}
          />
          <Checkbox
            checked={mandatory}
            onChange={(e) => setFilters({ mandatory: e.target.checked ? 'true' : undefined })}
          >
            {t('mandatoryOnly')}
          </Checkbox>
        </Flex>
      </Card>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => query.refetch()} /> : null}
      <Card>
        <Flex gap={16} wrap style={{ marginBottom: 12 }}>
          <Typography.Text strong data-testid="duty-count">
            {query.data ? t('dutyCount', { n: duties.length }) : '…'}
          </Typography.Text>
          {query.data && unmet ? (
            <Typography.Text type="danger">{t('dutyCountUnmet', { n: unmet })}</Typography.Text>
          ) : null}
        </Flex>
        <Table<HeardDuty>
          rowKey={(d) => `${d.agencyCode}-${d.caseId}-${d.hearingId}-${d.kind}`}
          size="small"
          columns={columns}
          dataSource={duties}
          loading={query.isLoading || query.isPlaceholderData}
          rowClassName={(d) => (d.result === 'MET' ? '' : 'duty-unmet')}
          pagination={duties.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 1300 }}
          locale={{ emptyText: <Empty description={t('noDuties')} /> }}
        />
      </Card>
    </PageContainer>
  );
}
