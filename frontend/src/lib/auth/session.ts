/**
 * What the client must remember about the signed-in person's session. The session itself is an HttpOnly
 * cookie the page never sees; the CSRF token that must accompany each change is kept in memory only, and
 * comes back from `GET /api/auth/me` after a reload.
 */
let csrfToken: string | null = null;

export function getCsrfToken(): string | null {
  return csrfToken;
}

export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}
