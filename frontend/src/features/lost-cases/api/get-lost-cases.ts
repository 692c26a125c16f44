import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type LostCaseReport = Schema<'LostCaseReport'>;
export type LostCaseStatus = Schema<'LostCaseStatus'>;

export interface LostCaseFilters {
  agencyCode?: string;
  year?: number;
  status?: LostCaseStatus;
  overdue?: boolean;
  page: number;
  size: number;
}

export function getLostCases(filters: LostCaseFilters) {
  return unwrap(api.GET('/api/lost-case-reports', { params: { query: filters } }));
}

export function lostCasesQueryOptions(filters: LostCaseFilters) {
  return queryOptions({
    queryKey: ['lost-cases', 'list', filters],
    queryFn: () => getLostCases(filters),
    placeholderData: keepPreviousData,
  });
}

export function useLostCases(filters: LostCaseFilters) {
  return useQuery(lostCasesQueryOptions(filters));
}
