import { Card, Flex, InputNumber, Space, Tabs, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { AgencySelect } from '@/components/AgencySelect';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { formatDate } from '@/lib/format';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { usePapersCheck, type PapersCheckItem, type PapersCheckKind } from '../api/get-papers-check';
import { papersKindMessages, papersMessages } from '../messages';

const KINDS: PapersCheckKind[] = ['PENDING_IDENTITY', 'DELEGATION_WITHOUT_PAPERS', 'DELEGATION_NOT_ACCEPTED'];
const KIND_COLORS: Record<PapersCheckKind, string> = {
  PENDING_IDENTITY: 'gold',
  DELEGATION_WITHOUT_PAPERS: 'orange',
  DELEGATION_NOT_ACCEPTED: 'red',
};

/**
 * 手续检查: the bureau's periodic check of heads' identity papers and delegation papers. Nothing is resolved here:
 * each row leads to the case, where the proof is verified or the delegation's papers attached or reviewed.
 */
export function PapersCheckPage() {
  const t = useMessages(papersMessages);
  const k = useMessages(papersKindMessages);
  const label = useEnumLabel();
  const { filters, page, size, setFilters, paging } = useUrlFilters(['kind', 'agencyCode', 'minAgeDays'] as const);
  const kind = filters.kind as PapersCheckKind | undefined;
  const query = usePapersCheck({
    kind,
    agencyCode: filters.agencyCode,
    minAgeDays: filters.minAgeDays ? Number(filters.minAgeDays) : undefined,
    page: page - 1,
    size,
  });
  const days = query.data?.pendingIdentityDays ?? 30;

  const columns: TableProps<PapersCheckItem>['columns'] = [
    {
      title: t('kind'),
      dataIndex: 'kind',
      width: 170,
      render: (value: PapersCheckKind) => <Tag color={KIND_COLORS[value]}>{k(value)}</Tag>,
    },
    { title: t('agency'), dataIndex: 'agencyName', width: 200 },
    {
      title: t('caseNumber'),
      dataIndex: 'caseNumber',
      render: (value: string, r) => (
        <Space size={2} orientation="vertical">
          <Link to={`/cases/${r.caseId}`}>{value}</Link>
          <Typography.Text type="secondary">{r.court}</Typography.Text>
        </Space>
      ),
    },
    { title: t('hearingDate'), dataIndex: 'hearingDate', width: 120, render: (value: string) => formatDate(value) },
    {
      title: t('age'),
      dataIndex: 'ageDays',
      width: 130,
      render: (value: number, r) => (
        <Space size={4}>
          <span>{t('ageDays', { days: value })}</span>
          {r.overdue ? (
            <Tooltip title={t('overdueHelp', { days })}>
              <Tag color="red">{t('overdue')}</Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('who'),
      key: 'who',
      width: 170,
      render: (_, r) => (
        <Space size={2} orientation="vertical">
          <span>{`${r.officialTitle ?? ''}${r.officialName ?? ''}`}</span>
          <Typography.Text type="secondary">{label('OfficialRole', r.officialRole)}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('status'),
      key: 'status',
      width: 150,
      render: (_, r) =>
        r.delegationStatus ? (
          <Space size={2} orientation="vertical">
            <span>{label('DelegationStatus', r.delegationStatus)}</span>
            {r.courtFinding ? (
              <Typography.Text type="secondary">{label('CourtFinding', r.courtFinding)}</Typography.Text>
            ) : null}
          </Space>
        ) : (
          <span>{t('source', { source: label('AppearanceSource', r.source) })}</span>
        ),
    },
    {
      title: t('resolve'),
      key: 'resolve',
      width: 140,
      render: (_, r) => (
        <Link to={`/cases/${r.caseId}`}>{r.appearanceId ? t('resolveAppearance') : t('resolveDelegation')}</Link>
      ),
    },
  ];

  return (
    <PageContainer title={t('title')} subTitle={t('subtitle')}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Tabs
            activeKey={kind ?? 'ALL'}
            onChange={(key) => setFilters({ kind: key === 'ALL' ? undefined : key })}
            items={[{ key: 'ALL', label: t('tabAll') }, ...KINDS.map((key) => ({ key, label: k(key) }))]}
          />
          <Flex gap={12} align="center" wrap>
            <Space size={4}>
              <span>{t('minAge')}</span>
              <InputNumber
                aria-label={t('minAge')}
                min={0}
                max={36500}
                value={filters.minAgeDays ? Number(filters.minAgeDays) : null}
                onChange={(value) => setFilters({ minAgeDays: value ?? undefined })}
                style={{ width: 90 }}
              />
              <span>{t('days')}</span>
            </Space>
            <AgencySelect
              placeholder={t('agencyPlaceholder')}
              value={filters.agencyCode}
              onChange={(agencyCode) => setFilters({ agencyCode })}
              style={{ width: 240 }}
            />
          </Flex>
        </Flex>
        <PagedTable<PapersCheckItem>
          rowKey={(r) => `${r.kind}-${r.appearanceId ?? ''}-${r.delegationId ?? ''}`}
          columns={columns}
          scroll={{ x: 1150 }}
          query={query}
          paging={paging}
          empty={t('empty')}
        />
      </Card>
    </PageContainer>
  );
}
