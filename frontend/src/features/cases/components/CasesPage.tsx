import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Empty, Flex, Input, Select, Space, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { AgencySelect } from '@/components/AgencySelect';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { formatDate } from '@/lib/format';
import { enumOptions, useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMe } from '@/lib/auth/use-me';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { caseSearchText } from '@/lib/case-number';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useCases, type LitigationCase, type TrialLevel } from '../api/get-cases';
import { caseMessages } from '../messages';
import { CreateCaseModal } from './CreateCaseModal';

const FIRST_YEAR = 2018;

function yearRange(year: string | undefined): { filedFrom?: string; filedTo?: string } {
  if (!year || !/^\d{4}$/.test(year)) return {};
  return { filedFrom: `${year}-01-01`, filedTo: `${year}-12-31` };
}

export function CasesPage() {
  const t = useMessages(caseMessages);
  const { lang } = useLanguage();
  const label = useEnumLabel();
  const role = useMe().data?.role;
  // Cases the court did not push are entered by the bureau (the court's own account may add them too).
  const canCreate = role === 'ADMIN' || role === 'COURT';
  const [creating, setCreating] = useState(false);
  const { filters, page, size, setFilters, paging } = useUrlFilters([
    'q',
    'agencyCode',
    'trialLevel',
    'year',
    'mandatory',
  ] as const);

  const query = useCases({
    q: caseSearchText(filters.q),
    agencyCode: filters.agencyCode,
    trialLevel: filters.trialLevel as TrialLevel | undefined,
    mandatory: filters.mandatory === 'true' ? true : undefined,
    ...yearRange(filters.year),
    page: page - 1,
    size,
  });

  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i)).map((year) => ({
    value: year,
    label: t('yearOption', { year }),
  }));

  const columns: TableProps<LitigationCase>['columns'] = [
    {
      title: t('caseNumber'),
      dataIndex: 'caseNumber',
      width: 240,
      render: (caseNumber: string, row) => (
        <Space size={4} wrap>
          <Link to={`/cases/${row.id}`}>{caseNumber}</Link>
          {row.mandatory ? <Tag color="volcano">{t('mandatoryTag')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('trialLevel'),
      dataIndex: 'trialLevel',
      width: 90,
      render: (level: string) => label('TrialLevel', level),
    },
    { title: t('causeOfAction'), dataIndex: 'causeOfAction', width: 160, render: (v?: string) => v || '—' },
    {
      title: t('defendants'),
      dataIndex: 'defendants',
      render: (defendants: LitigationCase['defendants']) =>
        (defendants ?? []).map((d) => (
          <Tag key={d.code} style={{ marginBlock: 2 }}>
            {d.name ?? d.code}
          </Tag>
        )),
    },
    {
      title: t('plaintiffs'),
      dataIndex: 'plaintiffs',
      width: 160,
      render: (plaintiffs?: string[]) => (
        <Typography.Text ellipsis={{ tooltip: plaintiffs?.join('、') }} style={{ maxWidth: 150 }}>
          {plaintiffs?.length ? plaintiffs.join('、') : '—'}
        </Typography.Text>
      ),
    },
    { title: t('court'), dataIndex: 'court', width: 200, responsive: ['xl'] },
    { title: t('filedOn'), dataIndex: 'filedOn', width: 120, render: (d?: string) => formatDate(d) },
  ];

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('create')}
          </Button>
        ) : null
      }
    >
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }} align="center">
          <Input.Search
            allowClear
            placeholder={t('searchPlaceholder')}
            defaultValue={filters.q}
            onSearch={(q) => setFilters({ q })}
            style={{ width: 300 }}
            aria-label={t('caseNumber')}
          />
          <AgencySelect
            placeholder={t('agencyPlaceholder')}
            value={filters.agencyCode}
            onChange={(agencyCode) => setFilters({ agencyCode })}
            style={{ width: 260 }}
            aria-label={t('defendants')}
          />
          <Select
            allowClear
            placeholder={t('trialLevelPlaceholder')}
            value={filters.trialLevel}
            onChange={(trialLevel) => setFilters({ trialLevel })}
            options={enumOptions('TrialLevel', lang)}
            style={{ width: 140 }}
            aria-label={t('trialLevel')}
          />
          <Select
            allowClear
            placeholder={t('yearPlaceholder')}
            value={filters.year}
            onChange={(year) => setFilters({ year })}
            options={years}
            style={{ width: 130 }}
            aria-label={t('yearPlaceholder')}
          />
          <Checkbox
            checked={filters.mandatory === 'true'}
            onChange={(e) => setFilters({ mandatory: e.target.checked ? 'true' : undefined })}
          >
            {t('mandatoryOnly')}
          </Checkbox>
        </Flex>
        <PagedTable<LitigationCase>
          rowKey="id"
          columns={columns}
          query={query}
          paging={paging}
          empty={
            <Empty description={t('empty')}>
              <Typography.Text type="secondary">{t('emptyHint')}</Typography.Text>
            </Empty>
          }
        />
      </Card>
      {creating ? <CreateCaseModal open onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}
