import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export function revokeSubscription(id: number) {
  return unwrap(api.DELETE('/api/calendar/subscriptions/{id}', { params: { path: { id } } }));
}

export function useRevokeSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSubscription,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calendar-subscriptions'] }),
  });
}
