import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type ComplianceReport = Schema<'ComplianceReport'>;
export type ComplianceFigures = Schema<'ComplianceFigures'>;

/** A year's first-instance figures (the headline of docs/domain.md §4), as JSON. */
export async function getYearFigures(year: number): Promise<ComplianceReport> {
  const report = await unwrap(
    api.GET('/api/metrics/compliance', {
      params: { query: { year, trialLevel: 'FIRST_INSTANCE' } },
      headers: { Accept: 'application/json' },
    }),
  );
  return report as ComplianceReport;
}

export function yearFiguresQueryOptions(year: number) {
  // The key matches the compliance page's for the same year, so the two share one request.
  return queryOptions({
    queryKey: ['metrics', 'compliance', { year, trialLevel: 'FIRST_INSTANCE' }],
    queryFn: () => getYearFigures(year),
  });
}

export function useYearFigures(year: number) {
  return useQuery({ ...yearFiguresQueryOptions(year), placeholderData: keepPreviousData });
}

/** The same figures for several years, for the trend. */
export function useYearsFigures(years: number[]) {
  return useQueries({ queries: years.map((year) => yearFiguresQueryOptions(year)) });
}
