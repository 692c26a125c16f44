import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useInvalidate } from '@/lib/use-invalidate';

export type DelegationUpdate = Schema<'DelegationUpdate'>;

/** Corrects a delegation the bureau has not reviewed yet, from the version the clerk saw. */
export function updateDelegation({ id, version, body }: { id: number; version: number; body: DelegationUpdate }) {
  return unwrap(api.PUT('/api/delegations/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

/** 撤回: withdraws a delegation the bureau has not reviewed yet. */
export function withdrawDelegation(id: number) {
  return unwrap(api.DELETE('/api/delegations/{id}', { params: { path: { id } } }));
}

const useInvalidateDelegations = () => useInvalidate('delegations', 'cases', 'warnings', 'metrics');

export function useUpdateDelegation() {
  const invalidate = useInvalidateDelegations();
  return useMutation({ mutationFn: updateDelegation, onSettled: invalidate });
}

export function useWithdrawDelegation() {
  const invalidate = useInvalidateDelegations();
  return useMutation({ mutationFn: withdrawDelegation, onSuccess: invalidate });
}
