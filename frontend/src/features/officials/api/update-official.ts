import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type OfficialUpdate = Schema<'OfficialUpdate'>;

/** Sends the version the user edited; if someone saved in between, the server answers 412 and nothing changes. */
export function updateOfficial({ code, version, body }: { code: string; version: number; body: OfficialUpdate }) {
  return unwrap(api.PUT('/api/officials/{code}', { params: { path: { code }, header: ifMatch(version) }, body }));
}

export function useUpdateOfficial() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOfficial,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['officials'] }),
  });
}
