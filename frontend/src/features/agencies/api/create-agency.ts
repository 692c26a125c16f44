import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type AgencyCreate = Schema<'AgencyCreate'>;

export function createAgency(body: AgencyCreate) {
  return unwrap(api.POST('/api/agencies', { body }));
}

export function useCreateAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAgency,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agencies'] }),
  });
}
