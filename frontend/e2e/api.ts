import { inject } from 'vitest';

/**
 * What makes one test file's records unique on the shared app: the time it started, in digits. Digits only, so the
 * records a file leaves behind (an agency 重庆市渝北区测试局1733…, a case number 行初OV1733…号) never read as an
 * English word to the scan of every screen that runs after it (chinese.e2e.ts).
 */
export const run = String(Date.now());

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

/** A first-instance case of the district court against `defendants`, filed a month ago unless `fields` say else; its id. */
export async function postCase(
  caseNumber: string,
  defendants: string[],
  fields: Record<string, unknown> = {},
): Promise<number> {
  const created = await post<{ id: number }>('/api/cases', {
    court: '重庆市渝北区人民法院',
    caseNumber,
    trialLevel: 'FIRST_INSTANCE',
    filedOn: shanghaiDate(-30),
    causeOfAction: '行政处罚',
    plaintiffs: ['李某'],
    defendants,
    mandatoryCategories: [],
    ...fields,
  });
  return created.id;
}
