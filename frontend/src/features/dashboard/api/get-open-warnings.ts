import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type HearingWarning = Schema<'HearingWarning'>;

/** 出庭预警 still open: a hearing soon with neither a confirmed head nor a filed delegation. */
export function getOpenWarnings() {
  return unwrap(api.GET('/api/warnings', { params: { query: { open: true, size: 100 } } }));
}

export function openWarningsQueryOptions() {
  return queryOptions({ queryKey: ['warnings', 'open'], queryFn: getOpenWarnings, refetchInterval: 5 * 60_000 });
}

export function useOpenWarnings() {
  return useQuery(openWarningsQueryOptions());
}
