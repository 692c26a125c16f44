import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { saveDownload } from '@/lib/download';
import type { ReferralInput } from './get-referrals';

type Versioned<T> = { id: number; version: number; body: T };

function useReferralMutation<T>(fn: (args: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['referrals'] }),
  });
}

export function useCreateReferral() {
  return useReferralMutation((body: ReferralInput) => unwrap(api.POST('/api/referrals', { body })));
}

export function useUpdateReferral() {
  return useReferralMutation(({ id, version, body }: Versioned<ReferralInput>) =>
    unwrap(api.PUT('/api/referrals/{id}', { params: { path: { id }, header: ifMatch(version) }, body })),
  );
}

export function useSendReferral() {
  return useReferralMutation(({ id, version, body }: Versioned<Schema<'ReferralSend'>>) =>
    unwrap(api.POST('/api/referrals/{id}/send', { params: { path: { id }, header: ifMatch(version) }, body })),
  );
}

export function useAnswerReferral() {
  return useReferralMutation(({ id, version, body }: Versioned<Schema<'ReferralAnswer'>>) =>
    unwrap(api.POST('/api/referrals/{id}/answer', { params: { path: { id }, header: ifMatch(version) }, body })),
  );
}

export function useWithdrawReferral() {
  return useReferralMutation(({ id, version, body }: Versioned<Schema<'ReferralWithdrawal'>>) =>
    unwrap(api.POST('/api/referrals/{id}/withdraw', { params: { path: { id }, header: ifMatch(version) }, body })),
  );
}

/** The referral letter as the server prints it (PDF, the bureau's letterhead), handed to the browser. */
export function useDownloadReferralLetter() {
  return useMutation({
    mutationFn: (id: number) =>
      saveDownload(
        api.GET('/api/referrals/{id}/letter', { params: { path: { id } }, parseAs: 'blob' }),
        `追责函-${id}.pdf`,
      ),
  });
}
