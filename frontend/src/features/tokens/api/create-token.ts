import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type TokenCreate = Schema<'TokenCreate'>;
export type TokenCreated = Schema<'TokenCreated'>;

/** The answer holds the secret, which the server keeps only as a hash and never shows again. */
export function createToken(body: TokenCreate) {
  return unwrap(api.POST('/api/tokens', { body })) as Promise<unknown> as Promise<TokenCreated>;
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
