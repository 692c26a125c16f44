import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type PasswordChange = Schema<'PasswordChange'>;

/** Ends the person's other sessions; this one stays signed in. */
export function changePassword(body: PasswordChange) {
  return unwrap(api.PUT('/api/auth/password', { body }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
