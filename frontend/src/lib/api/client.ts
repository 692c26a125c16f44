import createClient, { type Middleware } from 'openapi-fetch';
import { getCsrfToken } from '@/lib/auth/session';
import { ApiError } from './problem';
import type { paths } from './schema';

let unauthorizedHandler: (() => void) | undefined;

/**
 * The app decides what a 401 means (back to the login page); the client only reports it. Asking who is signed
 * in, and signing in, answer 401 as a matter of course and are not reported.
 */
export function onUnauthorized(handler: (() => void) | undefined): void {
  unauthorizedHandler = handler;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const QUIET_401 = new Set(['/api/auth/me', '/api/auth/login']);

const auth: Middleware = {
  onRequest({ request }) {
    // The session cookie authenticates; a change must also carry the token another site cannot know.
    const csrf = getCsrfToken();
    if (csrf && !SAFE_METHODS.has(request.method)) request.headers.set('X-CSRF-Token', csrf);
    request.headers.set('Accept-Language', document.documentElement.lang || 'zh-CN');
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !QUIET_401.has(new URL(request.url).pathname)) unauthorizedHandler?.();
    return response;
  },
};

/** The one client every feature calls the API through; paths and bodies are typed by the committed spec. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // Looked up on each call rather than captured once, so that tests can replace fetch.
  fetch: (request) => globalThis.fetch(request),
  credentials: 'same-origin',
});
api.use(auth);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and returns its data, or throws an {@link ApiError} made from the problem. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw cause instanceof ApiError ? cause : ApiError.network(cause);
  }
  if (!result.response.ok) throw ApiError.from(result.response.status, result.error);
  return result.data as T;
}

/** The precondition of an update: the version the user saw (the resource's ETag). */
export function ifMatch(version: number | string): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}
