import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type CaseCreate = Schema<'CaseCreate'>;
export type LitigationCase = Schema<'Case'>;

/**
 * A case the court did not push, entered by hand; a second case with the same court and 案号 is refused (409).
 * The contract documents the 201 without its body, but the server answers with the case it created.
 */
export function createCase(body: CaseCreate): Promise<LitigationCase> {
  return unwrap(api.POST('/api/cases', { body })) as Promise<unknown> as Promise<LitigationCase>;
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
        queryClient.invalidateQueries({ queryKey: ['metrics'] }),
      ]),
  });
}
