import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

type OfficialRole = Schema<'OfficialRole'>;

/**
 * The agencies and officials that pickers across the app choose from. A district has tens of agencies,
 * not thousands: they are loaded once and filtered as the user types.
 */
export function useAllAgencies() {
  return useQuery({
    queryKey: ['agencies', 'all'],
    queryFn: () => unwrap(api.GET('/api/agencies', { params: { query: { size: 500 } } })),
    staleTime: 5 * 60_000,
    select: (page) => page.items ?? [],
  });
}

export function useAgencyOfficials(agencyCode: string | undefined, role?: OfficialRole) {
  return useQuery({
    queryKey: ['officials', 'of-agency', agencyCode, role ?? null],
    queryFn: () =>
      unwrap(api.GET('/api/officials', { params: { query: { agencyCode, role, size: 500 } } })).then(
        (page) => page.items ?? [],
      ),
    enabled: !!agencyCode,
  });
}
