/** The absolute address a calendar app can fetch: the server answers a path. */
export function feedUrl(feedPath: string, origin = globalThis.location?.origin ?? ''): string {
  return /^https?:/.test(feedPath) ? feedPath : `${origin}${feedPath.startsWith('/') ? '' : '/'}${feedPath}`;
}
