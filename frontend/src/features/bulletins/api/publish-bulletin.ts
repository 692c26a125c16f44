import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type BulletinPublish = Schema<'BulletinPublish'>;

/** Publishes the quarter, or with `supersedes` a correction of the bulletin in force. */
export function publishBulletin(body: BulletinPublish) {
  return unwrap(api.POST('/api/bulletins', { body }));
}

export function usePublishBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishBulletin,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['bulletins'] }),
  });
}
