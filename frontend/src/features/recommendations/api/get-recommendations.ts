import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type JudicialRecommendation = Schema<'JudicialRecommendation'>;
export type RecommendationStatus = Schema<'RecommendationStatus'>;

export interface RecommendationFilters {
  agencyCode?: string;
  status?: RecommendationStatus;
  overdue?: boolean;
  page: number;
  size: number;
}

export function getRecommendations(filters: RecommendationFilters) {
  return unwrap(api.GET('/api/recommendations', { params: { query: filters } }));
}

export function recommendationsQueryOptions(filters: RecommendationFilters) {
  return queryOptions({
    queryKey: ['recommendations', 'list', filters],
    queryFn: () => getRecommendations(filters),
    placeholderData: keepPreviousData,
  });
}

export function useRecommendations(filters: RecommendationFilters) {
  return useQuery(recommendationsQueryOptions(filters));
}
