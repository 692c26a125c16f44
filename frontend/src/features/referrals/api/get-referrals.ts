import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type Referral = Schema<'AccountabilityReferral'>;
export type ReferralStatus = Schema<'ReferralStatus'>;
export type ReferralGround = Schema<'ReferralGround'>;
export type ReferralDecision = Schema<'ReferralDecision'>;
export type ReferralInput = Schema<'ReferralInput'>;

export interface ReferralFilters {
  agencyCode?: string;
  status?: ReferralStatus;
  ground?: ReferralGround;
  year?: number;
  page: number;
  size: number;
}

export function referralsQueryOptions(filters: ReferralFilters) {
  return queryOptions({
    queryKey: ['referrals', 'list', filters],
    queryFn: () => unwrap(api.GET('/api/referrals', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}

export function useReferrals(filters: ReferralFilters) {
  return useQuery(referralsQueryOptions(filters));
}

/** Where a new referral starts: the record that shows its ground. */
export interface ReferralSource {
  ground: ReferralGround;
  recommendationId?: number;
  appearanceId?: number;
  hearingId?: number;
  caseId?: number;
  agencyCode?: string;
}

/** A draft filled in by the server from the record it refers from; nothing is stored yet. */
export function prefillReferral(source: ReferralSource) {
  return unwrap(api.GET('/api/referrals/prefill', { params: { query: source } }));
}
