import { Card, DatePicker, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useAgencyName } from '@/components/directory-queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LoadingBlock } from '@/components/LoadingBlock';
import { PageContainer } from '@/components/PageContainer';
import type { Schema } from '@/lib/api/types';
import { formatDateTime, shanghaiToday } from '@/lib/format';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useReconciliation, type ReconciliationAgency, type ReconciliationCase } from '../api/get-reconciliation';
import { disagreementMessages, figureMessages, reportMessages } from '../messages';
import { formatMonth, parseMonth, type Figure } from './figures';

type AppearanceRecord = Schema<'AppearanceRecord'>;

const DISAGREEMENT_COLORS: Record<string, string> = {
  COURT_ONLY: 'volcano',
  AGENCY_ONLY: 'gold',
  DIFFERENT_DETAILS: 'blue',
};

function RecordText({ record }: { record?: AppearanceRecord }) {
  const t = useMessages(reportMessages);
  const label = useEnumLabel();
  if (!record) return <Typography.Text type="secondary">{t('none')}</Typography.Text>;
  const parts = [
    record.spoke ? t('spoke') : t('silent'),
    record.leftEarly ? t('leftEarly') : null,
    label('IdentityStatus', record.identityStatus),
  ].filter(Boolean);
  return <span>{parts.join(' · ')}</span>;
}

/** 与法院比对: who has not reported, each declared figure that departs, and each appearance the two sides disagree on. */
export function ReconciliationPage() {
  const t = useMessages(reportMessages);
  const f = useMessages(figureMessages);
  const d = useMessages(disagreementMessages);
  const { filters, setFilters } = useUrlFilters(['month'] as const);
  const { year, month } = parseMonth(filters.month, shanghaiToday());
  const agencyName = useAgencyName();
  const query = useReconciliation({ year, month });
  const data = query.data;
  const differing = (data?.agencies ?? []).filter((a) => (a.differences?.length ?? 0) > 0);

  return (
    <PageContainer
      title={t('reconciliationTitle')}
      subTitle={t('reconciliationSubtitle')}
      extra={
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${formatMonth(year, month)}-01`)}
          onChange={(value) => value && setFilters({ month: value.format('YYYY-MM') })}
          aria-label={t('month')}
        />
      }
    >
      {query.isLoading ? (
        <LoadingBlock rows={10} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <>
          <Card title={t('notReported', { count: data?.notReported?.length ?? 0 })}>
            {data?.notReported?.length ? (
              <Flex wrap gap={8}>
                {data.notReported.map((a) => (
                  <Tag key={a.agencyCode} color="red" style={{ fontSize: 13, padding: '2px 8px' }}>
                    {a.agencyName ?? a.agencyCode}
                  </Tag>
                ))}
              </Flex>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('allReported')} />
            )}
          </Card>
          <Card title={t('figureDifferences', { count: differing.length })}>
            <Table<ReconciliationAgency>
              rowKey="agencyCode"
              size="small"
              pagination={false}
              dataSource={differing}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noFigureDifferences')} />,
              }}
              columns={[
                {
                  title: t('agency'),
                  dataIndex: 'agencyName',
                  width: 260,
                  render: (name: string, a) => (
                    <Space size={4}>
                      {name ?? a.agencyCode}
                      <Typography.Text type="secondary">#{a.revision}</Typography.Text>
                    </Space>
                  ),
                },
                {
                  title: t('differences'),
                  key: 'differences',
                  render: (_, a) => (
                    <Table
                      rowKey="figure"
                      size="small"
                      pagination={false}
                      showHeader
                      dataSource={a.differences}
                      columns={[
                        { title: t('figure'), dataIndex: 'figure', render: (figure: string) => f(figure as Figure) },
                        { title: t('declared'), dataIndex: 'declared', width: 80, align: 'right' },
                        { title: t('system'), dataIndex: 'system', width: 80, align: 'right' },
                        {
                          title: t('difference'),
                          key: 'delta',
                          width: 80,
                          align: 'right',
                          render: (_x, diff) => {
                            const delta = (diff.declared ?? 0) - (diff.system ?? 0);
                            return <Typography.Text type="danger">{delta > 0 ? `+${delta}` : delta}</Typography.Text>;
                          },
                        },
                      ]}
                    />
                  ),
                },
              ]}
            />
          </Card>
          <Card title={t('caseDisagreements', { count: data?.cases?.length ?? 0 })}>
            <Table<ReconciliationCase>
              rowKey={(c) => `${c.hearingId}-${c.agencyCode}-${c.officialCode}`}
              size="small"
              dataSource={data?.cases}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 1100 }}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noCaseDisagreements')} />,
              }}
              columns={[
                {
                  title: t('caseNumber'),
                  dataIndex: 'caseNumber',
                  width: 230,
                  render: (caseNumber: string, c) => <Link to={`/cases/${c.caseId}`}>{caseNumber}</Link>,
                },
                { title: t('hearingAt'), dataIndex: 'scheduledAt', width: 150, render: formatDateTime },
                { title: t('agency'), dataIndex: 'agencyCode', width: 200, render: (code: string) => agencyName(code) },
                {
                  title: t('official'),
                  dataIndex: 'officialName',
                  width: 110,
                  render: (n: string, c) => n ?? c.officialCode,
                },
                {
                  title: t('disagreement'),
                  dataIndex: 'disagreement',
                  width: 160,
                  render: (value: string) => (
                    <Tag color={DISAGREEMENT_COLORS[value]}>{d(value as keyof typeof disagreementMessages)}</Tag>
                  ),
                },
                { title: t('agencyRecord'), key: 'agency', render: (_, c) => <RecordText record={c.agencyRecord} /> },
                { title: t('courtRecord'), key: 'court', render: (_, c) => <RecordText record={c.courtRecord} /> },
              ]}
            />
          </Card>
        </>
      )}
    </PageContainer>
  );
}
