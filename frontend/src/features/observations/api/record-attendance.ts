import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type ObservationAttendance = Schema<'ObservationAttendance'>;
/** Who came and who did not; the server refuses it before the hearing's date. */
export function recordAttendance({ id, version, body }: { id: number; version: number; body: ObservationAttendance }) {
  return unwrap(
    api.PUT('/api/observations/{id}/attendance', { params: { path: { id }, header: ifMatch(version) }, body }),
  );
}

export function useRecordAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordAttendance,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['observations', 'list'] }),
  });
}
