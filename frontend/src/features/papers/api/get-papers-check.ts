import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type PapersCheckItem = Schema<'PapersCheckItem'>;
export type PapersCheckKind = Schema<'PapersCheckKind'>;

export interface PapersCheckFilters {
  kind?: PapersCheckKind;
  agencyCode?: string;
  minAgeDays?: number;
  page: number;
  size: number;
}

export function papersCheckQueryOptions(filters: PapersCheckFilters) {
  return queryOptions({
    queryKey: ['papers-check', 'list', filters],
    queryFn: () => unwrap(api.GET('/api/papers-check', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}

export function usePapersCheck(filters: PapersCheckFilters) {
  return useQuery(papersCheckQueryOptions(filters));
}
