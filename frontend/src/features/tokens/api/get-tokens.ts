import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type Token = Schema<'Token'>;

export interface TokenFilters {
  includeInactive: boolean;
  page: number;
  size: number;
}

export function getTokens(filters: TokenFilters) {
  return unwrap(api.GET('/api/tokens', { params: { query: filters } }));
}

export function tokensQueryOptions(filters: TokenFilters) {
  return queryOptions({
    queryKey: ['tokens', filters],
    queryFn: () => getTokens(filters),
    placeholderData: keepPreviousData,
  });
}

export function useTokens(filters: TokenFilters) {
  return useQuery(tokensQueryOptions(filters));
}
