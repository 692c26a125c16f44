import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type ObservationCreate = Schema<'ObservationCreate'>;

export function createObservation(body: ObservationCreate) {
  return unwrap(api.POST('/api/observations', { body }));
}

export function useCreateObservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createObservation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['observations', 'list'] }),
  });
}
