import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type DelegationCreate = Schema<'DelegationCreate'>;

export function createDelegation(body: DelegationCreate) {
  return unwrap(api.POST('/api/delegations', { body }));
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
