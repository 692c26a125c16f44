import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export function deleteOfficial(code: string) {
  return unwrap(api.DELETE('/api/officials/{code}', { params: { path: { code } } }));
}

export function useDeleteOfficial() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOfficial,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['officials'] }),
  });
}
