import createClient, { type Middleware } from 'openapi-fetch';
import { getToken } from '@/lib/auth/session';
import { ApiError } from './problem';
import type { paths } from './schema';

let unauthorizedHandler: (() => void) | undefined;

/** The app decides what a 401 means (back to the login page); the client only reports it. */
export function onUnauthorized(handler: (() => void) | undefined): void {
  unauthorizedHandler = handler;
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = getToken();
    if (token && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', document.documentElement.lang || 'zh-CN');
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) unauthorizedHandler?.();
    return response;
  },
};

/** The one client every feature calls the API through; paths and bodies are typed by the committed spec. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // Looked up on each call rather than captured once, so that tests can replace fetch.
  fetch: (request) => globalThis.fetch(request),
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
