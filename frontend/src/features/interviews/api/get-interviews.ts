import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type Interview = Schema<'Interview'>;
export type InterviewStatus = Schema<'InterviewStatus'>;
export type InterviewParticipant = Schema<'InterviewParticipant'>;

export interface InterviewFilters {
  year?: number;
  quarter?: number;
  agencyCode?: string;
  status?: InterviewStatus;
  overdue?: boolean;
  page: number;
  size: number;
}

export function getInterviews(filters: InterviewFilters) {
  return unwrap(api.GET('/api/interviews', { params: { query: filters } }));
}

export function interviewsQueryOptions(filters: InterviewFilters) {
  return queryOptions({
    queryKey: ['interviews', 'list', filters],
    queryFn: () => getInterviews(filters),
    placeholderData: keepPreviousData,
  });
}

export function useInterviews(filters: InterviewFilters) {
  return useQuery(interviewsQueryOptions(filters));
}
