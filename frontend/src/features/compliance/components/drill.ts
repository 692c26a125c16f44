import type { DutyResult } from '../api/get-duties';

/** What a figure counts, as the drill-down page's filters: every duty, those met, the absences, or one class. */
export type DutyFilter = 'all' | 'met' | 'unmet' | DutyResult;

export interface DrillTarget {
  year: number;
  quarter?: number;
  month?: number;
  trialLevel?: string;
  agencyCode?: string;
  filter?: DutyFilter;
  mandatory?: boolean;
}

/** The address of the list behind a figure: the drill-down page with the figure's period, agency and class. */
export function drillLink(target: DrillTarget): string {
  const query = new URLSearchParams({ year: String(target.year) });
  if (target.quarter) query.set('quarter', String(target.quarter));
  if (target.month) query.set('month', String(target.month));
  if (target.trialLevel && target.trialLevel !== 'FIRST_INSTANCE') query.set('trialLevel', target.trialLevel);
  if (target.agencyCode) query.set('agencyCode', target.agencyCode);
  if (target.filter && target.filter !== 'all') query.set('result', target.filter);
  if (target.mandatory) query.set('mandatory', 'true');
  return `/compliance/duties?${query.toString()}`;
}

const CLASSES: readonly string[] = ['MET', 'JUSTIFIED', 'PENDING', 'UNJUSTIFIED'];

/** The API's filters for a drill-down filter named in the URL; an unknown one means every duty. */
export function dutyQuery(filter: string | undefined): { result?: DutyResult; met?: boolean } {
  if (filter === 'met') return { met: true };
  if (filter === 'unmet') return { met: false };
  if (filter && CLASSES.includes(filter)) return { result: filter as DutyResult };
  return {};
}
