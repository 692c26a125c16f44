import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type InterviewRecord = Schema<'InterviewRecord'>;

interface RecordArgs {
  id: number;
  version: number;
  body: InterviewRecord;
}

/** Saves what is known of the interview; the task stays open. */
export function recordInterview({ id, version, body }: RecordArgs) {
  return unwrap(api.PUT('/api/interviews/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

/** Saves the record and marks the interview held: the server wants the day, people of both sides and the outcome. */
export function completeInterview({ id, version, body }: RecordArgs) {
  return unwrap(
    api.POST('/api/interviews/{id}/complete', { params: { path: { id }, header: ifMatch(version) }, body }),
  );
}

export function useRecordInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ complete, ...args }: RecordArgs & { complete: boolean }) =>
      complete ? completeInterview(args) : recordInterview(args),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['interviews'] }),
  });
}
