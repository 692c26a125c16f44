import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type Agency = Schema<'Agency'>;
export type AgencyKind = Schema<'AgencyKind'>;

export interface AgencyFilters {
  kind?: AgencyKind;
  q?: string;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export function getAgencies(filters: AgencyFilters) {
  return unwrap(api.GET('/api/agencies', { params: { query: filters } }));
}

export function agenciesQueryOptions(filters: AgencyFilters) {
  return queryOptions({
    queryKey: ['agencies', 'list', filters],
    queryFn: () => getAgencies(filters),
    placeholderData: keepPreviousData,
  });
}

export function useAgencies(filters: AgencyFilters) {
  return useQuery(agenciesQueryOptions(filters));
}
