import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import type { TrialLevelFilter } from './get-compliance';

export type HeardDuty = Schema<'HeardDuty'>;
export type DutyResult = Schema<'DutyResult'>;

export interface DutiesParams {
  year: number;
  quarter?: number;
  month?: number;
  trialLevel?: TrialLevelFilter;
  agencyCode?: string;
  result?: DutyResult;
  met?: boolean;
  mandatory?: boolean;
}

/** The duties behind the case figures; the same operation also answers CSV and Excel (see download-duties). */
export async function getDuties(params: DutiesParams): Promise<HeardDuty[]> {
  const duties = await unwrap(
    api.GET('/api/metrics/duties', { params: { query: params }, headers: { Accept: 'application/json' } }),
  );
  return duties as HeardDuty[];
}

export function dutiesQueryOptions(params: DutiesParams) {
  return queryOptions({
    queryKey: ['metrics', 'duties', params],
    queryFn: () => getDuties(params),
    placeholderData: keepPreviousData,
  });
}

export function useDuties(params: DutiesParams) {
  return useQuery(dutiesQueryOptions(params));
}
