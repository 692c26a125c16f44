import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';

export function withdrawInvitation({
  id,
  version,
  officialCode,
}: {
  id: number;
  version: number;
  officialCode: string;
}) {
  return unwrap(
    api.DELETE('/api/observations/{id}/invitations/{officialCode}', {
      params: { path: { id, officialCode }, header: ifMatch(version) },
    }),
  );
}

export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawInvitation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['observations', 'list'] }),
  });
}
