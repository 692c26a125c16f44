import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type ObservationInvite = Schema<'ObservationInvite'>;

export function inviteToObservation({ id, version, body }: { id: number; version: number; body: ObservationInvite }) {
  return unwrap(
    api.POST('/api/observations/{id}/invitations', { params: { path: { id }, header: ifMatch(version) }, body }),
  );
}

export function useInviteToObservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteToObservation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['observations', 'list'] }),
  });
}
