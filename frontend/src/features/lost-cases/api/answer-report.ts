import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type GuidanceOpinion = Schema<'GuidanceOpinion'>;

/** The bureau's guidance opinion, with the version it read so that a report changed meanwhile is not answered unseen. */
export function answerLostCaseReport({
  caseId,
  agencyCode,
  version,
  body,
}: {
  caseId: number;
  agencyCode: string;
  version: number;
  body: GuidanceOpinion;
}) {
  return unwrap(
    api.POST('/api/lost-case-reports/{caseId}/{agencyCode}/guidance', {
      params: { path: { caseId, agencyCode }, header: ifMatch(version) },
      body,
    }),
  );
}

export function useAnswerLostCaseReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerLostCaseReport,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['lost-cases'] }),
  });
}
