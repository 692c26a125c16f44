import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import type { MonthParams } from './get-draft';

export type MonthlyReport = Schema<'MonthlyReport'>;

export function getReports(params: MonthParams) {
  return unwrap(api.GET('/api/monthly-reports', { params: { query: params } }));
}

export function reportsQueryOptions(params: MonthParams) {
  return queryOptions({
    queryKey: ['monthly-reports', 'list', params],
    queryFn: () => getReports(params),
    enabled: !!params.agencyCode,
    select: (reports) => [...reports].sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0)),
  });
}

export function useReports(params: MonthParams) {
  return useQuery(reportsQueryOptions(params));
}
