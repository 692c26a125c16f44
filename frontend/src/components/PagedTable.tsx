import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Table } from 'antd';
import type { TableProps } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/ErrorAlert';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/language-context';
import type { Paging } from '@/lib/use-url-filters';

type PagedTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'locale' | 'pagination'> & {
  /** A page of the API's list answer (`items`, `total`). */
  query: UseQueryResult<{ items?: T[]; total?: number }>;
  /** The page shown, kept in the URL by `useUrlFilters`. */
  paging: Paging;
  /** What an empty list says once loaded: a text (shown under the empty picture) or a whole element. */
  empty: ReactNode;
};

/**
 * A list page's table: one page of rows from the server, the total, and on failure the problem with a way to try
 * again instead of the table. Every list page of the SPA pages the same way, so this is written once.
 */
export function PagedTable<T extends object>({ query, paging, empty, ...table }: PagedTableProps<T>) {
  const c = useMessages(commonMessages);
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => query.refetch()} />;
  return (
    <Table<T>
      size="middle"
      {...table}
      dataSource={query.data?.items}
      loading={query.isLoading || query.isPlaceholderData}
      locale={{
        emptyText: query.isLoading ? c('loading') : typeof empty === 'string' ? <Empty description={empty} /> : empty,
      }}
      pagination={{
        current: paging.page,
        pageSize: paging.size,
        total: query.data?.total,
        showSizeChanger: true,
        showTotal: (total) => c('total', { total }),
        onChange: paging.setPage,
      }}
    />
  );
}
