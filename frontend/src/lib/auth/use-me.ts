import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import type { Schema } from '@/lib/api/types';
import { setCsrfToken } from './session';

export type Me = Schema<'Me'>;
export type Role = Schema<'Role'>;

export const ME_KEY = ['auth', 'me'] as const;

/** Who is signed in, or null when no one is (a 401 here is an answer, not a failure). */
export async function getMe(): Promise<Me | null> {
  try {
    const me = await unwrap(api.GET('/api/auth/me'));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function meQueryOptions() {
  return queryOptions({ queryKey: ME_KEY, queryFn: getMe, staleTime: 5 * 60_000 });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
