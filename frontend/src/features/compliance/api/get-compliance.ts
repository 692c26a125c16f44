import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type ComplianceReport = Schema<'ComplianceReport'>;
export type ComplianceFigures = Schema<'ComplianceFigures'>;
export type TrialLevelFilter = Schema<'TrialLevelFilter'>;

export interface ComplianceParams {
  year: number;
  quarter?: number;
  month?: number;
  trialLevel?: TrialLevelFilter;
}

/** The JSON rendering; the same operation also answers CSV and Excel (see download-compliance). */
export async function getCompliance(params: ComplianceParams): Promise<ComplianceReport> {
  const report = await unwrap(
    api.GET('/api/metrics/compliance', { params: { query: params }, headers: { Accept: 'application/json' } }),
  );
  return report as ComplianceReport;
}

export function complianceQueryOptions(params: ComplianceParams) {
  return queryOptions({
    queryKey: ['metrics', 'compliance', params],
    queryFn: () => getCompliance(params),
    placeholderData: keepPreviousData,
  });
}

export function useCompliance(params: ComplianceParams) {
  return useQuery(complianceQueryOptions(params));
}
