/** A quarter as the URL carries it (`2022-Q4`) and as the bureau names it (2022年第四季度). */
export interface Quarter {
  year: number;
  quarter: number;
}

const NUMERALS = ['一', '二', '三', '四'];

export function parseQuarter(value: string | undefined): Quarter | undefined {
  const match = value?.match(/^(\d{4})-Q([1-4])$/);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : undefined;
}

export function formatQuarter({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

/** 第四季度, as the bulletin's own title says it. */
export function quarterNumeral(quarter: number): string {
  return NUMERALS[quarter - 1] ?? String(quarter);
}

/** The last quarter that has ended on `today` (`YYYY-MM-DD`, Shanghai): the one a clerk reports on. */
export function lastEndedQuarter(today: string): Quarter {
  const year = Number(today.slice(0, 4));
  const current = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return current === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: current - 1 };
}

/** Whether the quarter is over on `today`: only then may it be published. */
export function hasEnded({ year, quarter }: Quarter, today: string): boolean {
  const end = new Date(Date.UTC(year, quarter * 3, 1)).toISOString().slice(0, 10);
  return today >= end;
}

/** 2023-01-10 → 2023年1月10日. */
export function chineseDate(date: string | undefined): string {
  const match = date?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : (date ?? '');
}
