import { PlusOutlined, ProfileOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Space, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { AgencySelect } from '@/components/AgencySelect';
import { Code } from '@/components/Code';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { RowActions } from '@/components/RowActions';
import { useAllAgencies } from '@/components/directory-queries';
import { formatDate } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { enumOptions, useEnumLabel } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useDeleteOfficial } from '../api/delete-official';
import { useOfficials, type Official, type OfficialRole } from '../api/get-officials';
import { officialMessages, recordMessages } from '../messages';
import { OfficialFormModal } from './OfficialFormModal';

export function OfficialsPage() {
  const t = useMessages(officialMessages);
  const r = useMessages(recordMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLanguage();
  const label = useEnumLabel();
  const { filters, page, size, setFilters, paging } = useUrlFilters(['q', 'agencyCode', 'role'] as const);
  const [editing, setEditing] = useState<{ official?: Official } | null>(null);

  const query = useOfficials({
    q: filters.q,
    agencyCode: filters.agencyCode,
    role: filters.role as OfficialRole | undefined,
    page: page - 1,
    size,
  });
  const agencyNames = new Map((useAllAgencies().data ?? []).map((a) => [a.code, a.name]));
  const remove = useDeleteOfficial();

  const columns: TableProps<Official>['columns'] = [
    { title: t('code'), dataIndex: 'code', width: 150, render: (code: string) => <Code>{code}</Code> },
    { title: t('name'), dataIndex: 'name', width: 120 },
    {
      title: t('agency'),
      dataIndex: 'agencyCode',
      render: (code: string) => agencyNames.get(code) ?? code,
    },
    { title: t('jobTitle'), dataIndex: 'title', render: (title?: string) => title || '—' },
    {
      title: t('role'),
      dataIndex: 'role',
      width: 200,
      render: (role: string, official) => (
        <Space size={4}>
          <span>{label('OfficialRole', role)}</span>
          {official.head ? <Tag color="gold">{t('head')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('validity'),
      key: 'validity',
      width: 220,
      render: (_, official) =>
        `${formatDate(official.validFrom)} ~ ${official.validTo ? formatDate(official.validTo) : t('current')}`,
    },
    {
      title: c('actions'),
      key: 'actions',
      width: 230,
      render: (_, official) => (
        <RowActions
          before={
            <Link to={`/records/${encodeURIComponent(official.code ?? '')}`}>
              <Button size="small" icon={<ProfileOutlined />}>
                {r('open')}
              </Button>
            </Link>
          }
          name={official.name ?? ''}
          onEdit={() => setEditing({ official })}
          onDelete={() => remove.mutateAsync(official.code ?? '')}
          deleteBody={t('deleteBody')}
          deletedMessage={t('deleted', { name: official.name ?? '' })}
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
            style={{ width: 240 }}
          />
          <AgencySelect
            placeholder={t('agencyPlaceholder')}
            value={filters.agencyCode}
            onChange={(agencyCode) => setFilters({ agencyCode })}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            placeholder={t('rolePlaceholder')}
            value={filters.role}
            onChange={(role) => setFilters({ role })}
            options={enumOptions('OfficialRole', lang)}
            style={{ width: 200 }}
          />
        </Flex>
        <PagedTable<Official> rowKey="code" columns={columns} query={query} paging={paging} empty={t('empty')} />
      </Card>
      <OfficialFormModal
        key={editing?.official?.code ?? 'new'}
        open={!!editing}
        official={editing?.official}
        defaultAgencyCode={filters.agencyCode}
        onClose={() => setEditing(null)}
      />
    </PageContainer>
  );
}
