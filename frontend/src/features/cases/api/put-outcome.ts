import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useInvalidate } from '@/lib/use-invalidate';

export type Outcome = Schema<'Outcome'>;
export type OutcomeUpdate = Schema<'OutcomeUpdate'>;

/**
 * Records the outcome (裁判结果) of a case, or corrects it from the version the clerk saw; without a version it is
 * the first record (If-None-Match: *), which the server refuses with 412 if someone recorded one meanwhile.
 */
export function putOutcome({ caseId, version, body }: { caseId: number; version?: number; body: OutcomeUpdate }) {
  return unwrap(
    api.PUT('/api/cases/{id}/outcome', {
      params: { path: { id: caseId }, header: version === undefined ? { 'If-None-Match': '*' } : ifMatch(version) },
      body,
    }),
  );
}

export function usePutOutcome() {
  // Lost cases, the reports they call for and the figures all follow the outcome.
  const invalidate = useInvalidate('cases', 'lost-cases', 'metrics');
  return useMutation({ mutationFn: putOutcome, onSettled: invalidate });
}
