import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export function deleteAgency(code: string) {
  return unwrap(api.DELETE('/api/agencies/{code}', { params: { path: { code } } }));
}

export function useDeleteAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAgency,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agencies'] }),
  });
}
