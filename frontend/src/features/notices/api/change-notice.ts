import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useInvalidate } from '@/lib/use-invalidate';

export type Notice = Schema<'Notice'>;
export type NoticeCreate = Schema<'NoticeCreate'>;
export type NoticeUpdate = Schema<'NoticeUpdate'>;

/** Registers a notice served on a defendant agency (the agency itself may, for its own); R3 flags a late one. */
export function createNotice(body: NoticeCreate) {
  return unwrap(api.POST('/api/notices', { body }));
}

/** Corrects the date it was served, from the version the clerk saw. */
export function updateNotice({ id, version, body }: { id: number; version: number; body: NoticeUpdate }) {
  return unwrap(api.PUT('/api/notices/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

/** Removes a notice entered in error. */
export function deleteNotice(id: number) {
  return unwrap(api.DELETE('/api/notices/{id}', { params: { path: { id } } }));
}

// A notice is what makes a hearing's duty (and a late one a flag): the case file and the figures are stale.
const useInvalidateNotices = () => useInvalidate('cases', 'hearings', 'warnings', 'metrics');

export function useCreateNotice() {
  const invalidate = useInvalidateNotices();
  return useMutation({ mutationFn: createNotice, onSuccess: invalidate });
}

export function useUpdateNotice() {
  const invalidate = useInvalidateNotices();
  return useMutation({ mutationFn: updateNotice, onSettled: invalidate });
}

export function useDeleteNotice() {
  const invalidate = useInvalidateNotices();
  return useMutation({ mutationFn: deleteNotice, onSuccess: invalidate });
}
