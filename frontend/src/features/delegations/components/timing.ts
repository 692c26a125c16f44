import type { Delegation } from '../api/get-delegations';

/**
 * What the bureau's decision will mean for the figures (docs/domain.md §4): only a delegation filed on or before the
 * hearing's date, and not refused by the court, can justify the absence; a late one is recorded and still counts as
 * 无正当理由 whatever the decision.
 */
export type TimingVerdict = 'inTime' | 'late' | 'courtRefused';

export function timingVerdict(delegation: Pick<Delegation, 'late' | 'courtFinding'>): TimingVerdict {
  if (delegation.courtFinding === 'NOT_ACCEPTED') return 'courtRefused';
  return delegation.late ? 'late' : 'inTime';
}
