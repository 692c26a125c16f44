import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type AppearanceCreate = Schema<'AppearanceCreate'>;

export function createAppearance(body: AppearanceCreate) {
  return unwrap(api.POST('/api/appearances', { body }));
}

export function useCreateAppearance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAppearance,
    // The case file and every figure derived from appearances are now stale.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
        queryClient.invalidateQueries({ queryKey: ['hearings'] }),
        queryClient.invalidateQueries({ queryKey: ['metrics'] }),
      ]),
  });
}
