import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type MonthlyReportDraft = Schema<'MonthlyReportDraft'>;
export type MonthlyFigures = Schema<'MonthlyFigures'>;

export interface MonthParams {
  agencyCode?: string;
  year: number;
  month: number;
}

export function getDraft({ agencyCode, year, month }: MonthParams) {
  return unwrap(api.GET('/api/monthly-reports/draft', { params: { query: { agencyCode: agencyCode!, year, month } } }));
}

export function draftQueryOptions(params: MonthParams) {
  return queryOptions({
    queryKey: ['monthly-reports', 'draft', params],
    queryFn: () => getDraft(params),
    enabled: !!params.agencyCode,
  });
}

export function useDraft(params: MonthParams) {
  return useQuery(draftQueryOptions(params));
}
