import type { Delegation } from '../api/get-delegations';
import type { ReviewDecision } from './ReviewDelegationModal';

export interface BatchFailure {
  delegation: Delegation;
  reason: string;
}

export interface BatchOutcome {
  done: Delegation[];
  skipped: Delegation[];
  failed: BatchFailure[];
}

/**
 * Reviews the delegations one after another, each with the version the reviewer read (If-Match), so that one
 * changed meanwhile fails alone and the others still go through. Approving skips those without papers (art. 9),
 * which the server would refuse.
 */
export async function reviewEach(
  delegations: Delegation[],
  decision: ReviewDecision,
  review: (delegation: Delegation) => Promise<unknown>,
  describe: (error: unknown) => string,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { done: [], skipped: [], failed: [] };
  for (const delegation of delegations) {
    if (decision === 'APPROVED' && !delegation.papersAttached) {
      outcome.skipped.push(delegation);
      continue;
    }
    try {
      await review(delegation);
      outcome.done.push(delegation);
    } catch (error) {
      outcome.failed.push({ delegation, reason: describe(error) });
    }
  }
  return outcome;
}
