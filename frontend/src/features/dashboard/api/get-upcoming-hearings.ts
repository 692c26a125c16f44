import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type Hearing = Schema<'Hearing'>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Scheduled hearings from now to `days` ahead, soonest first. */
export function getUpcomingHearings(days: number, now: Date = new Date()) {
  return unwrap(
    api.GET('/api/hearings', {
      params: {
        query: {
          status: 'SCHEDULED',
          from: now.toISOString(),
          to: new Date(now.getTime() + days * DAY_MS).toISOString(),
          size: 100,
        },
      },
    }),
  );
}

export function upcomingHearingsQueryOptions(days: number) {
  return queryOptions({
    queryKey: ['hearings', 'upcoming', days],
    queryFn: () => getUpcomingHearings(days),
    // A clock-relative window: refresh it now and then while the dashboard stays open.
    refetchInterval: 5 * 60_000,
  });
}

export function useUpcomingHearings(days: number) {
  return useQuery(upcomingHearingsQueryOptions(days));
}
