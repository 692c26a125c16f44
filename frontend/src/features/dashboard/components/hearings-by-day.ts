import { formatDate, shanghaiToday } from '@/lib/format';

const DAY_MS = 86_400_000;

/** The next `days` Shanghai calendar dates, as `YYYY-MM-DD`. */
export function nextDays(days: number, now: Date = new Date()): string[] {
  return Array.from({ length: days }, (_, i) => shanghaiToday(new Date(now.getTime() + i * DAY_MS)));
}

export function countByDay(dates: string[], instants: (string | undefined)[]): number[] {
  const counts = new Map(dates.map((d) => [d, 0]));
  for (const instant of instants) {
    const day = formatDate(instant);
    if (counts.has(day)) counts.set(day, counts.get(day)! + 1);
  }
  return dates.map((d) => counts.get(d)!);
}
