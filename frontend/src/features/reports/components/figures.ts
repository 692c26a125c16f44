import type { MonthlyFigures } from '../api/get-draft';

export const FIGURES = [
  'noticesReceived',
  'noticesAttendedByHead',
  'casesHeard',
  'casesHeardWithHead',
  'casesConcluded',
  'decisionsChanged',
] as const satisfies readonly (keyof MonthlyFigures)[];

export type Figure = (typeof FIGURES)[number];

/** A part never exceeds its whole: the server refuses it, so the form says so first. */
export const PART_OF: Partial<Record<Figure, Figure>> = {
  noticesAttendedByHead: 'noticesReceived',
  casesHeardWithHead: 'casesHeard',
  decisionsChanged: 'casesConcluded',
};

/** The figures whose declared value departs from the system's count. */
export function differingFigures(
  declared: Partial<MonthlyFigures> | undefined,
  system: MonthlyFigures | undefined,
): Figure[] {
  if (!declared || !system) return [];
  return FIGURES.filter((f) => declared[f] != null && (declared[f] ?? 0) !== (system[f] ?? 0));
}

/** `2023-03` in the URL; the current month in Shanghai when absent or malformed. */
export function parseMonth(value: string | undefined, today: string): { year: number; month: number } {
  const match = (value ?? '').match(/^(\d{4})-(\d{1,2})$/);
  const [year, month] = match
    ? [Number(match[1]), Number(match[2])]
    : [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return month >= 1 && month <= 12
    ? { year, month }
    : { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
}

export function formatMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
