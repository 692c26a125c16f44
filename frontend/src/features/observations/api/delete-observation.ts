import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** Removes a session marked in error; the server keeps one whose attendance is recorded. */
export function deleteObservation(id: number) {
  return unwrap(api.DELETE('/api/observations/{id}', { params: { path: { id } } }));
}

export function useDeleteObservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteObservation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['observations', 'list'] }),
  });
}
