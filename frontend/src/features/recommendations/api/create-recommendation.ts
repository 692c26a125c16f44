import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type RecommendationCreate = Schema<'RecommendationCreate'>;

export function createRecommendation(body: RecommendationCreate) {
  return unwrap(api.POST('/api/recommendations', { body }));
}

export function useCreateRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRecommendation,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['recommendations'] }),
        queryClient.invalidateQueries({ queryKey: ['metrics'] }),
      ]),
  });
}
