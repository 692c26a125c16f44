import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type RecommendationAnswer = Schema<'RecommendationAnswer'>;

export function answerRecommendation({
  id,
  version,
  body,
}: {
  id: number;
  version: number;
  body: RecommendationAnswer;
}) {
  return unwrap(
    api.POST('/api/recommendations/{id}/answer', { params: { path: { id }, header: ifMatch(version) }, body }),
  );
}

export function useAnswerRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerRecommendation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['recommendations'] }),
  });
}
