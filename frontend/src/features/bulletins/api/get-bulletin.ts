import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type Bulletin = Schema<'Bulletin'>;
export type BulletinContent = Schema<'BulletinContent'>;

/** The JSON rendering; the same operation also answers the PDF and the workbook (see download-bulletin). */
export async function getBulletin(id: number): Promise<Bulletin> {
  const bulletin = await unwrap(
    api.GET('/api/bulletins/{id}', { params: { path: { id } }, headers: { Accept: 'application/json' } }),
  );
  return bulletin as Bulletin;
}

export function bulletinQueryOptions(id: number) {
  return queryOptions({
    queryKey: ['bulletins', 'one', id],
    queryFn: () => getBulletin(id),
    // A published bulletin never changes; only whether it was superseded can, and the list shows that.
    staleTime: 5 * 60_000,
  });
}

export function useBulletin(id: number) {
  return useQuery(bulletinQueryOptions(id));
}
