/** Dates and rates as people read them: Asia/Shanghai calendar (R8, docs/domain.md), rates with one decimal. */
const SHANGHAI = 'Asia/Shanghai';

const dateFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: SHANGHAI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: SHANGHAI,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

function parts(value: Date): Record<string, string> {
  return Object.fromEntries(dateFormat.formatToParts(value).map((p) => [p.type, p.value]));
}

/** `2022-03-01` for a date-only value (kept as is) or an instant (its Shanghai date). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `2022-03-01 09:30` in Shanghai time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${formatDate(value)} ${timeFormat.format(date)}`;
}

/** Today's date in Shanghai, as `YYYY-MM-DD`. */
export function shanghaiToday(now: Date = new Date()): string {
  return formatDate(now.toISOString());
}

/** A rate (0.9407…) as `94.1%`; `—` when there is nothing to divide by. */
export function formatRate(rate: number | null | undefined): string {
  if (rate == null || Number.isNaN(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** A change in percentage points with its sign: `+19.6`. */
export function formatPp(change: number | null | undefined): string {
  if (change == null || Number.isNaN(change)) return '—';
  const rounded = Math.round(change * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)}`;
}

/** The years a year picker offers, newest first: from the first year the district keeps figures for to this year. */
export function recentYears(now: Date = new Date(), first = 2018): number[] {
  const thisYear = now.getFullYear();
  return Array.from({ length: thisYear - first + 1 }, (_, i) => thisYear - i);
}

/**
 * Who did something, as the server records it ("user:admin", "token:12", "system"): the account's name, the API
 * token's number, or the system itself — never the record's prefix.
 */
export function formatActor(actor: string | null | undefined, lang: 'zh' | 'en' = 'zh'): string {
  if (!actor) return '—';
  if (actor === 'system') return lang === 'zh' ? '系统' : 'System';
  if (actor.startsWith('user:')) return actor.slice('user:'.length);
  if (actor.startsWith('token:')) return `${lang === 'zh' ? 'API令牌' : 'API token'} #${actor.slice('token:'.length)}`;
  return actor;
}

/** A file's size in Chinese units (字节, 千字节, 兆字节): the screens carry no English abbreviations. */
export function formatSize(bytes: number | null | undefined): string {
  if (bytes == null) return '';
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} 千字节`;
  return `${(bytes / 1024 / 1024).toFixed(1)} 兆字节`;
}
