import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { lostCaseParams, useLostCaseMutation, type LostCaseCall } from './lost-case-call';

export type LostCaseDraft = Schema<'LostCaseDraft'>;

/** Saves the summary as written so far; the first save creates the report that the judgment is attached to. */
export function saveLostCaseDraft(call: LostCaseCall<LostCaseDraft>) {
  return unwrap(
    api.PUT('/api/lost-case-reports/{caseId}/{agencyCode}', { params: lostCaseParams(call), body: call.body }),
  );
}

export function useSaveLostCaseDraft() {
  return useLostCaseMutation(saveLostCaseDraft);
}
