import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type Absence = Schema<'Absence'>;

/** The cases behind an interview: the agency's cases heard in the quarter without its head. */
export function useQuarterAbsences(
  agencyCode: string | undefined,
  year: number | undefined,
  quarter: number | undefined,
) {
  return useQuery({
    queryKey: ['metrics', 'absences', agencyCode, year, quarter],
    queryFn: () =>
      unwrap(api.GET('/api/metrics/absences', { params: { query: { agencyCode, year: year!, quarter } } })),
    enabled: !!agencyCode && !!year && !!quarter,
  });
}
