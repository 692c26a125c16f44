import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type BulletinSummary = Schema<'BulletinSummary'>;

/** Every published bulletin, newest quarter first (a correction before the one it replaced). */
export function getBulletins() {
  return unwrap(api.GET('/api/bulletins'));
}

export function bulletinsQueryOptions() {
  return queryOptions({ queryKey: ['bulletins', 'list'], queryFn: getBulletins });
}

export function useBulletins() {
  return useQuery(bulletinsQueryOptions());
}
