import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type LostCaseSubmission = Schema<'LostCaseSubmission'>;

/** Files the report; the server refuses it without the effective judgment attached. */
export function submitLostCaseReport({
  caseId,
  agencyCode,
  version,
  body,
}: {
  caseId: number;
  agencyCode: string;
  version: number;
  body: LostCaseSubmission;
}) {
  return unwrap(
    api.POST('/api/lost-case-reports/{caseId}/{agencyCode}/submit', {
      params: { path: { caseId, agencyCode }, header: ifMatch(version) },
      body,
    }),
  );
}

export function useSubmitLostCaseReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitLostCaseReport,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['lost-cases'] }),
  });
}
