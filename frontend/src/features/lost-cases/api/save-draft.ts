import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type LostCaseDraft = Schema<'LostCaseDraft'>;

/** Saves the summary as written so far; the first save creates the report that the judgment is attached to. */
export function saveLostCaseDraft({
  caseId,
  agencyCode,
  version,
  body,
}: {
  caseId: number;
  agencyCode: string;
  version: number;
  body: LostCaseDraft;
}) {
  return unwrap(
    api.PUT('/api/lost-case-reports/{caseId}/{agencyCode}', {
      params: { path: { caseId, agencyCode }, header: ifMatch(version) },
      body,
    }),
  );
}

export function useSaveLostCaseDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveLostCaseDraft,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['lost-cases'] }),
  });
}
