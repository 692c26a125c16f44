import { useQueryClient } from '@tanstack/react-query';

/** Marks every query under each of `keys` stale, for a mutation's onSuccess or onSettled. */
export function useInvalidate(...keys: string[]): () => Promise<unknown> {
  const queryClient = useQueryClient();
  return () => Promise.all(keys.map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
}
