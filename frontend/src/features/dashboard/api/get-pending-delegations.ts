import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** How many delegations await the bureau's review; only the total is read. */
export function getPendingDelegationCount() {
  return unwrap(api.GET('/api/delegations', { params: { query: { status: 'SUBMITTED', size: 1 } } })).then(
    (page) => page.total ?? 0,
  );
}

export function pendingDelegationCountQueryOptions() {
  return queryOptions({ queryKey: ['delegations', 'pending-count'], queryFn: getPendingDelegationCount });
}

export function usePendingDelegationCount() {
  return useQuery(pendingDelegationCountQueryOptions());
}
