import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { lostCaseParams, useLostCaseMutation, type LostCaseCall } from './lost-case-call';

export type GuidanceOpinion = Schema<'GuidanceOpinion'>;

/** The bureau's guidance opinion, with the version it read so that a report changed meanwhile is not answered unseen. */
export function answerLostCaseReport(call: LostCaseCall<GuidanceOpinion>) {
  return unwrap(
    api.POST('/api/lost-case-reports/{caseId}/{agencyCode}/guidance', {
      params: lostCaseParams(call),
      body: call.body,
    }),
  );
}

export function useAnswerLostCaseReport() {
  return useLostCaseMutation(answerLostCaseReport);
}
