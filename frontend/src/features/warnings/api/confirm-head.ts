import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type HeadConfirmationRequest = Schema<'HeadConfirmationRequest'>;

/** Names the head who will appear (SPC art. 5(3)); a later choice replaces an earlier one. */
export function confirmHead(body: HeadConfirmationRequest) {
  return unwrap(api.POST('/api/confirmations', { body }));
}

export function useConfirmHead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmHead,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['confirmations'] }),
        queryClient.invalidateQueries({ queryKey: ['warnings'] }),
      ]),
  });
}
