import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type ObservationSession = Schema<'ObservationSession'>;
export type ObservationInvitation = Schema<'ObservationInvitation'>;
export type Attendance = Schema<'Attendance'>;

export interface ObservationFilters {
  year?: number;
  agencyCode?: string;
  page: number;
  size: number;
}

export function getObservations(filters: ObservationFilters) {
  return unwrap(api.GET('/api/observations', { params: { query: filters } }));
}

export function observationsQueryOptions(filters: ObservationFilters) {
  return queryOptions({
    queryKey: ['observations', 'list', filters],
    queryFn: () => getObservations(filters),
    placeholderData: keepPreviousData,
  });
}

export function useObservations(filters: ObservationFilters) {
  return useQuery(observationsQueryOptions(filters));
}
