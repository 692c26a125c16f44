import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type HeadConfirmation = Schema<'HeadConfirmation'>;

export function getConfirmations(agencyCode?: string) {
  return unwrap(api.GET('/api/confirmations', { params: { query: { agencyCode } } }));
}

export function confirmationsQueryOptions(agencyCode?: string) {
  return queryOptions({
    queryKey: ['confirmations', agencyCode ?? null],
    queryFn: () => getConfirmations(agencyCode),
  });
}

export function useConfirmations(agencyCode?: string) {
  return useQuery(confirmationsQueryOptions(agencyCode));
}
