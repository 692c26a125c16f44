import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export function refreshWarnings() {
  return unwrap(api.POST('/api/warnings/refresh'));
}

export function useRefreshWarnings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: refreshWarnings,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['warnings'] }),
  });
}
