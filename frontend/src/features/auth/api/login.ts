import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { setCsrfToken } from '@/lib/auth/session';
import { ME_KEY } from '@/lib/auth/use-me';

export type LoginRequest = Schema<'LoginRequest'>;

/** Opens a session (the server sets its cookie) and keeps the CSRF token the answer carries. */
export async function login(body: LoginRequest) {
  const me = await unwrap(api.POST('/api/auth/login', { body }));
  setCsrfToken(me.csrfToken);
  return me;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // Another person's cached answers must not show through.
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}
