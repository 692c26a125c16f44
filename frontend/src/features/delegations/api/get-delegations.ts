import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type Delegation = Schema<'Delegation'>;
export type DelegationStatus = Schema<'DelegationStatus'>;

export interface DelegationFilters {
  status?: DelegationStatus;
  agencyCode?: string;
  /** Part of a 案号, already normalised (see lib/case-number). */
  caseNumber?: string;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export function getDelegations(filters: DelegationFilters) {
  return unwrap(api.GET('/api/delegations', { params: { query: filters } }));
}

export function delegationsQueryOptions(filters: DelegationFilters) {
  return queryOptions({
    queryKey: ['delegations', 'list', filters],
    queryFn: () => getDelegations(filters),
    placeholderData: keepPreviousData,
  });
}

export function useDelegations(filters: DelegationFilters) {
  return useQuery(delegationsQueryOptions(filters));
}
