import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type OfficialCreate = Schema<'OfficialCreate'>;

export function createOfficial(body: OfficialCreate) {
  return unwrap(api.POST('/api/officials', { body }));
}

export function useCreateOfficial() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOfficial,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['officials'] }),
  });
}
