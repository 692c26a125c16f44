import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function page<T>(items: T[]) {
  return { items, page: 0, size: 20, total: items.length };
}

/** JSON bodies as objects; anything else (an uploaded file's bytes) as the text received. */
function parseBody(text: string, contentType: string | null): unknown {
  return contentType?.includes('json') ? JSON.parse(text) : text;
}

/**
 * Replaces fetch with handlers keyed `METHOD /path` (path without the query string). Every request is
 * recorded; an unexpected one fails loudly with 599 so a test cannot pass by accident.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(input);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: text ? parseBody(text, request.headers.get('Content-Type')) : undefined,
    };
    requests.push(recorded);
    const handler = handlers[`${request.method} ${url.pathname}`];
    if (!handler) return problem(599, { title: `No mock for ${request.method} ${url.pathname}` });
    return handler(recorded);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    find: (method: string, path: string) => requests.filter((r) => r.method === method && r.path === path),
  };
}

/** `GET /api/auth/me` answering as a signed-in person of `role` (an agency user of `agencyCode`). */
export function signedInAs(role: 'ADMIN' | 'AGENCY' | 'COURT' | 'READER', agencyCode: string | null = null) {
  return {
    'GET /api/auth/me': () =>
      json({
        kind: 'USER',
        username: role.toLowerCase(),
        displayName: '测试用户',
        role,
        agencyCode,
        visibleAgencyCodes: agencyCode ? [agencyCode] : [],
        csrfToken: 'csrf',
      }),
  };
}
