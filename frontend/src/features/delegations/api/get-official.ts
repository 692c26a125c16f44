import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** The delegate as the directory knows them: the reviewer reads their post (title) and role. */
export function delegateQueryOptions(code: string | undefined) {
  return queryOptions({
    queryKey: ['officials', 'one', code],
    queryFn: () => unwrap(api.GET('/api/officials/{code}', { params: { path: { code: code! } } })),
    enabled: !!code,
  });
}

export function useDelegate(code: string | undefined) {
  return useQuery(delegateQueryOptions(code));
}
