/** The period chosen in the URL: a year, or one quarter or month of it. */
export interface Period {
  year: number;
  quarter?: number;
  month?: number;
}

export function parsePeriod(filters: { year?: string; quarter?: string; month?: string }, defaultYear: number): Period {
  const year = Number(filters.year);
  const quarter = Number(filters.quarter);
  const month = Number(filters.month);
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : defaultYear,
    quarter: Number.isInteger(quarter) && quarter >= 1 && quarter <= 4 ? quarter : undefined,
    month: Number.isInteger(month) && month >= 1 && month <= 12 && !(quarter >= 1 && quarter <= 4) ? month : undefined,
  };
}
