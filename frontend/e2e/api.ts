import { inject } from 'vitest';

/** Seeds data through the real API, as a court's system or an integration would. */
export async function post<T = Record<string, unknown>>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${inject('baseUrl')}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${inject('adminToken')}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} → ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** `YYYY-MM-DD` in Shanghai, `days` from now. */
export function shanghaiDate(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
}

/** Reads through the real API with the admin token, to find the ids a page needs. */
export async function get<T = Record<string, unknown>>(path: string): Promise<T> {
  const response = await fetch(`${inject('baseUrl')}${path}`, {
    headers: { Authorization: `Bearer ${inject('adminToken')}` },
  });
  if (!response.ok) throw new Error(`GET ${path} → ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}
