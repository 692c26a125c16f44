import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Table } from 'antd';
import type { TableProps } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/ErrorAlert';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/language-context';

type PagedTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'locale' | 'pagination'> & {
  /** A page of the API's list answer (`items`, `total`). */
  query: UseQueryResult<{ items?: T[]; total?: number }>;
  page: number;
  /** Rows per page (the table's own `size` is its density). */
  pageSize: number;
  onPageChange: (page: number, size?: number) => void;
  /** What an empty list says once loaded: a text (shown under the empty picture) or a whole element. */
  empty: ReactNode;
  /** Whether people may choose how many rows a page shows. */
  sizeChanger?: boolean;
};

/**
 * A list page's table: one page of rows from the server, the total, and on failure the problem with a way to try
 * again instead of the table. Every list page of the SPA pages the same way, so this is written once.
 */
export function PagedTable<T extends object>({
  query,
  page,
  pageSize,
  onPageChange,
  empty,
  sizeChanger = true,
  ...table
}: PagedTableProps<T>) {
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
        current: page,
        pageSize,
        total: query.data?.total,
        showSizeChanger: sizeChanger,
        showTotal: (total) => c('total', { total }),
        onChange: onPageChange,
      }}
    />
  );
}
