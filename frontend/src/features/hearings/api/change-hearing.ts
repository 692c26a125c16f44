import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useInvalidate } from '@/lib/use-invalidate';

export type Hearing = Schema<'Hearing'>;
export type HearingCreate = Schema<'HearingCreate'>;
export type HearingUpdate = Schema<'HearingUpdate'>;

/** 新增开庭: a hearing the court did not push. */
export function createHearing(body: HearingCreate) {
  return unwrap(api.POST('/api/hearings', { body }));
}

/** A new time or status (改期, 已开庭, 取消), from the version the clerk saw; a 412 means someone changed it. */
export function updateHearing({ id, version, body }: { id: number; version: number; body: HearingUpdate }) {
  return unwrap(api.PUT('/api/hearings/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

/** Removes a hearing entered in error; the server refuses one with anything recorded at it. */
export function deleteHearing(id: number) {
  return unwrap(api.DELETE('/api/hearings/{id}', { params: { path: { id } } }));
}

// A hearing makes or ends a duty: the case file, the warnings and every figure are stale after a change.
const useInvalidateHearings = () => useInvalidate('cases', 'hearings', 'warnings', 'metrics');

export function useCreateHearing() {
  const invalidate = useInvalidateHearings();
  return useMutation({ mutationFn: createHearing, onSuccess: invalidate });
}

export function useUpdateHearing() {
  const invalidate = useInvalidateHearings();
  return useMutation({ mutationFn: updateHearing, onSettled: invalidate });
}

export function useDeleteHearing() {
  const invalidate = useInvalidateHearings();
  return useMutation({ mutationFn: deleteHearing, onSuccess: invalidate });
}
