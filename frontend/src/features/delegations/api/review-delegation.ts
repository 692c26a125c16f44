import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type DelegationReview = Schema<'DelegationReview'>;

/** Carries the version the reviewer read, so that a delegation changed meanwhile is not approved unseen (412). */
export function reviewDelegation({ id, version, body }: { id: number; version: number; body: DelegationReview }) {
  return unwrap(api.POST('/api/delegations/{id}/review', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function useReviewDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewDelegation,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['delegations'] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
        queryClient.invalidateQueries({ queryKey: ['metrics'] }),
      ]),
  });
}
