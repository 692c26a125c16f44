import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useInvalidate } from '@/lib/use-invalidate';

export type AppearanceUpdate = Schema<'AppearanceUpdate'>;

/** Corrects what was recorded with the version the clerk saw; a 412 means someone changed it in between. */
export function correctAppearance({ id, version, body }: { id: number; version: number; body: AppearanceUpdate }) {
  return unwrap(api.PUT('/api/appearances/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

/** Removes an appearance recorded by mistake (the wrong person, the wrong hearing). */
export function deleteAppearance(id: number) {
  return unwrap(api.DELETE('/api/appearances/{id}', { params: { path: { id } } }));
}

// The case file and every figure derived from appearances are stale after either.
const useInvalidateAppearances = () => useInvalidate('cases', 'hearings', 'metrics');

export function useCorrectAppearance() {
  const invalidate = useInvalidateAppearances();
  return useMutation({ mutationFn: correctAppearance, onSettled: invalidate });
}

export function useDeleteAppearance() {
  const invalidate = useInvalidateAppearances();
  return useMutation({ mutationFn: deleteAppearance, onSuccess: invalidate });
}
