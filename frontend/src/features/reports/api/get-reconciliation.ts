import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type Reconciliation = Schema<'Reconciliation'>;
export type ReconciliationAgency = Schema<'ReconciliationAgency'>;
export type ReconciliationCase = Schema<'ReconciliationCase'>;

export function getReconciliation(params: { year: number; month: number }) {
  return unwrap(api.GET('/api/monthly-reports/reconciliation', { params: { query: params } }));
}

export function reconciliationQueryOptions(params: { year: number; month: number }) {
  return queryOptions({
    queryKey: ['monthly-reports', 'reconciliation', params],
    queryFn: () => getReconciliation(params),
  });
}

export function useReconciliation(params: { year: number; month: number }) {
  return useQuery(reconciliationQueryOptions(params));
}
