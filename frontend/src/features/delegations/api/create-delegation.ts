import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type DelegationCreate = Schema<'DelegationCreate'>;

export type Delegation = Schema<'Delegation'>;

/** The contract documents the 201 without its body, but the server answers with the delegation it filed. */
export function createDelegation(body: DelegationCreate): Promise<Delegation> {
  return unwrap(api.POST('/api/delegations', { body })) as Promise<unknown> as Promise<Delegation>;
}

export function useCreateDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDelegation,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['delegations'] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
        queryClient.invalidateQueries({ queryKey: ['metrics'] }),
      ]),
  });
}
