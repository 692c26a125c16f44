import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type CalendarSubscription = Schema<'CalendarSubscription'>;

export function getSubscriptions(agencyCode?: string) {
  return unwrap(api.GET('/api/calendar/subscriptions', { params: { query: { agencyCode } } }));
}

export function subscriptionsQueryOptions(agencyCode?: string) {
  return queryOptions({
    queryKey: ['calendar-subscriptions', agencyCode ?? null],
    queryFn: () => getSubscriptions(agencyCode),
  });
}

export function useSubscriptions(agencyCode?: string) {
  return useQuery(subscriptionsQueryOptions(agencyCode));
}
