import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type RecommendationClose = Schema<'RecommendationClose'>;

/** The bureau closes an answered recommendation, with the version it read so that a changed answer is not closed unseen. */
export function closeRecommendation({ id, version, body }: { id: number; version: number; body: RecommendationClose }) {
  return unwrap(
    api.POST('/api/recommendations/{id}/close', { params: { path: { id }, header: ifMatch(version) }, body }),
  );
}

export function useCloseRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeRecommendation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['recommendations'] }),
  });
}
