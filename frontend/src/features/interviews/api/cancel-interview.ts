import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';

export function cancelInterview({ id, version, reason }: { id: number; version: number; reason: string }) {
  return unwrap(
    api.POST('/api/interviews/{id}/cancel', {
      params: { path: { id }, header: ifMatch(version) },
      body: { reason },
    }),
  );
}

export function useCancelInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelInterview,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['interviews'] }),
  });
}
