import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type HearingWarning = Schema<'HearingWarning'>;

export interface WarningFilters {
  agencyCode?: string;
  /** Open warnings only (the default), or every warning including those already resolved. */
  open: boolean;
  page: number;
  size: number;
}

export function getWarnings(filters: WarningFilters) {
  return unwrap(api.GET('/api/warnings', { params: { query: filters } }));
}

export function warningsQueryOptions(filters: WarningFilters) {
  return queryOptions({
    queryKey: ['warnings', 'list', filters],
    queryFn: () => getWarnings(filters),
    placeholderData: keepPreviousData,
    // The server's job raises and clears warnings on its own; the page follows without a reload.
    refetchInterval: 60_000,
  });
}

export function useWarnings(filters: WarningFilters) {
  return useQuery(warningsQueryOptions(filters));
}
