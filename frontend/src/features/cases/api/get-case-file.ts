import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type CaseFile = Schema<'CaseDetail'>;
export type CaseHearing = Schema<'CaseHearing'>;

/** The case with everything recorded at its hearings, in one request. */
export function getCaseFile(id: number) {
  return unwrap(api.GET('/api/cases/{id}/file', { params: { path: { id } } }));
}

export function caseFileQueryOptions(id: number) {
  // Under ['cases'] so that recording an appearance or a delegation refreshes it.
  return queryOptions({ queryKey: ['cases', 'file', id], queryFn: () => getCaseFile(id) });
}

export function useCaseFile(id: number) {
  return useQuery({ ...caseFileQueryOptions(id), enabled: Number.isFinite(id) });
}
