import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { lostCaseParams, useLostCaseMutation, type LostCaseCall } from './lost-case-call';

export type LostCaseSubmission = Schema<'LostCaseSubmission'>;

/** Files the report; the server refuses it without the effective judgment attached. */
export function submitLostCaseReport(call: LostCaseCall<LostCaseSubmission>) {
  return unwrap(
    api.POST('/api/lost-case-reports/{caseId}/{agencyCode}/submit', { params: lostCaseParams(call), body: call.body }),
  );
}

export function useSubmitLostCaseReport() {
  return useLostCaseMutation(submitLostCaseReport);
}
