import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '@/lib/auth/session';
import { json, mockApi, problem } from '@/testing/mock-api';
import { api, onUnauthorized, unwrap } from './client';

afterEach(() => {
  setCsrfToken(null);
  onUnauthorized(undefined);
});

describe('the shared API client', () => {
  it('sends the CSRF token with changes, never with reads', async () => {
    const mock = mockApi({
      'GET /api/warnings': () => json({ items: [], page: 0, size: 20, total: 0 }),
      'POST /api/warnings/refresh': () => json({ ran: true }),
    });
    setCsrfToken('csrf-123');
    await unwrap(api.GET('/api/warnings'));
    await unwrap(api.POST('/api/warnings/refresh'));
    expect(mock.find('GET', '/api/warnings')[0].headers.get('X-CSRF-Token')).toBeNull();
    expect(mock.find('POST', '/api/warnings/refresh')[0].headers.get('X-CSRF-Token')).toBe('csrf-123');
  });

  it('reports a 401 so that the app can go back to the login page, except when asking who is signed in', async () => {
    mockApi({
      'GET /api/warnings': () => problem(401, { title: 'Unauthorized' }),
      'GET /api/auth/me': () => problem(401, { title: 'Unauthorized' }),
    });
    const handler = vi.fn();
    onUnauthorized(handler);
    await expect(unwrap(api.GET('/api/auth/me'))).rejects.toMatchObject({ status: 401 });
    expect(handler).not.toHaveBeenCalled();
    await expect(unwrap(api.GET('/api/warnings'))).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
