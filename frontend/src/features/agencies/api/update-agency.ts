import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type AgencyUpdate = Schema<'AgencyUpdate'>;

/** Sends the version the user edited; if someone saved in between, the server answers 412 and nothing changes. */
export function updateAgency({ code, version, body }: { code: string; version: number; body: AgencyUpdate }) {
  return unwrap(api.PUT('/api/agencies/{code}', { params: { path: { code }, header: ifMatch(version) }, body }));
}

export function useUpdateAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAgency,
    // A 412 also means the list is stale: refetch either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['agencies'] }),
  });
}
