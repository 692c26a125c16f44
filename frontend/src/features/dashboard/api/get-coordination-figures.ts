import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

/** The coordination centre's figures of the dashboard's year (an agency: the disputes about its own acts). */
export function useCoordinationYear(year: number) {
  return useQuery({
    queryKey: ['coordination', 'figures', { year }],
    // Asked for JSON (the default Accept), so never the CSV text the contract also allows.
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/coordination/figures', { params: { query: { year } } }),
      )) as Schema<'CoordinationFigures'>,
  });
}
