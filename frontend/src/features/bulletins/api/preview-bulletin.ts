import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type BulletinDraft = Schema<'BulletinDraft'>;

export interface QuarterParams {
  year: number;
  quarter: number;
}

/** The quarter's bulletin computed from the live figures: what publishing now would fix. */
export function previewBulletin(params: QuarterParams) {
  return unwrap(api.GET('/api/bulletins/preview', { params: { query: params } }));
}

export function previewQueryOptions(params: QuarterParams | undefined) {
  return queryOptions({
    queryKey: ['bulletins', 'preview', params],
    queryFn: () => previewBulletin(params!),
    enabled: !!params,
  });
}

export function usePreviewBulletin(params: QuarterParams | undefined) {
  return useQuery(previewQueryOptions(params));
}
