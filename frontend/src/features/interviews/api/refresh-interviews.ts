import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type InterviewRefreshRequest = Schema<'InterviewRefreshRequest'>;

/** Looks at a year's ended quarters (or one) for agencies at zero now, instead of at the job's next run. */
export function refreshInterviews(body: InterviewRefreshRequest) {
  return unwrap(api.POST('/api/interviews/refresh', { body }));
}

export function useRefreshInterviews() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: refreshInterviews,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['interviews'] }),
  });
}
