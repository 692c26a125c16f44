import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type Official = Schema<'Official'>;
export type OfficialRole = Schema<'OfficialRole'>;

export interface OfficialFilters {
  agencyCode?: string;
  role?: OfficialRole;
  q?: string;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export function getOfficials(filters: OfficialFilters) {
  return unwrap(api.GET('/api/officials', { params: { query: filters } }));
}

export function officialsQueryOptions(filters: OfficialFilters) {
  return queryOptions({
    queryKey: ['officials', 'list', filters],
    queryFn: () => getOfficials(filters),
    placeholderData: keepPreviousData,
  });
}

export function useOfficials(filters: OfficialFilters) {
  return useQuery(officialsQueryOptions(filters));
}
