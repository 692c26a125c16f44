import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { Code } from '@/components/Code';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { RowActions } from '@/components/RowActions';
import { useAllAgencies } from '@/components/directory-queries';
import { commonMessages } from '@/lib/i18n/common-messages';
import { enumOptions, useEnumLabel } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useDeleteAgency } from '../api/delete-agency';
import { useAgencies, type Agency, type AgencyKind } from '../api/get-agencies';
import { agencyMessages } from '../messages';
import { AgencyFormModal } from './AgencyFormModal';

const KIND_COLORS: Record<string, string> = {
  DISTRICT_GOVERNMENT: 'red',
  DEPARTMENT: 'blue',
  SUBDISTRICT: 'green',
  OTHER: 'default',
};

export function AgenciesPage() {
  const t = useMessages(agencyMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLanguage();
  const label = useEnumLabel();
  const { filters, page, size, setFilters, paging } = useUrlFilters(['q', 'kind'] as const);
  const [editing, setEditing] = useState<{ agency?: Agency } | null>(null);

  const query = useAgencies({
    q: filters.q,
    kind: filters.kind as AgencyKind | undefined,
    page: page - 1,
    size,
  });
  const names = new Map((useAllAgencies().data ?? []).map((a) => [a.code, a.name]));
  const remove = useDeleteAgency();

  const columns: TableProps<Agency>['columns'] = [
    { title: t('code'), dataIndex: 'code', width: 160, render: (code: string) => <Code>{code}</Code> },
    { title: t('name'), dataIndex: 'name' },
    {
      title: t('kind'),
      dataIndex: 'kind',
      width: 140,
      render: (kind: string) => <Tag color={KIND_COLORS[kind]}>{label('AgencyKind', kind)}</Tag>,
    },
    {
      title: t('parent'),
      dataIndex: 'parentCode',
      render: (parentCode?: string) => (parentCode ? (names.get(parentCode) ?? parentCode) : '—'),
    },
    {
      title: c('actions'),
      key: 'actions',
      width: 220,
      render: (_, agency) => (
        <RowActions
          name={agency.name ?? ''}
          before={
            <Link to={`/officials?agencyCode=${encodeURIComponent(agency.code ?? '')}`}>
              <Button type="link" size="small">
                {t('officials')}
              </Button>
            </Link>
          }
          onEdit={() => setEditing({ agency })}
          onDelete={() => remove.mutateAsync(agency.code ?? '')}
          deleteBody={t('deleteBody')}
          deletedMessage={t('deleted', { name: agency.name ?? '' })}
        />
      ),
    },
  ];

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
          {c('create')}
        </Button>
      }
    >
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('searchPlaceholder')}
            defaultValue={filters.q}
            onSearch={(q) => setFilters({ q })}
            style={{ width: 280 }}
          />
          <Select
            allowClear
            placeholder={t('kindPlaceholder')}
            value={filters.kind}
            onChange={(kind) => setFilters({ kind })}
            options={enumOptions('AgencyKind', lang)}
            style={{ width: 180 }}
          />
        </Flex>
        <PagedTable<Agency> rowKey="code" columns={columns} query={query} paging={paging} empty={t('empty')} />
      </Card>
      <AgencyFormModal
        key={editing?.agency?.code ?? 'new'}
        open={!!editing}
        agency={editing?.agency}
        onClose={() => setEditing(null)}
      />
    </PageContainer>
  );
}
