import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type LitigationCase = Schema<'Case'>;
export type TrialLevel = Schema<'TrialLevel'>;

export interface CaseFilters {
  q?: string;
  agencyCode?: string;
  trialLevel?: TrialLevel;
  filedFrom?: string;
  filedTo?: string;
  mandatory?: boolean;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export function getCases(filters: CaseFilters) {
  return unwrap(api.GET('/api/cases', { params: { query: filters } }));
}

export function casesQueryOptions(filters: CaseFilters) {
  return queryOptions({
    queryKey: ['cases', 'list', filters],
    queryFn: () => getCases(filters),
    placeholderData: keepPreviousData,
  });
}

export function useCases(filters: CaseFilters) {
  return useQuery(casesQueryOptions(filters));
}
