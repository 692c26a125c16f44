import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type ComplianceFigures = Schema<'ComplianceFigures'>;
export type ComplianceReport = Schema<'ComplianceReport'>;

/** The agency's own figures of a year (first instance, as the bureau's figures); the server scopes them (R9). */
export function useOwnFigures(year: number, agencyCode: string | null | undefined) {
  return useQuery({
    queryKey: ['metrics', 'compliance', { year, trialLevel: 'FIRST_INSTANCE', agencyCode }],
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/metrics/compliance', {
          params: { query: { year, trialLevel: 'FIRST_INSTANCE', agencyCode: agencyCode ?? undefined } },
          headers: { Accept: 'application/json' },
        }),
      )) as ComplianceReport,
    enabled: !!agencyCode,
    select: (report) => ({
      threshold: report.threshold,
      own: (report.agencies ?? []).find((a) => a.agencyCode === agencyCode),
    }),
  });
}

/** 出庭预警 still open: hearings soon with neither a confirmed head nor a filed delegation. */
export function useOpenWarnings() {
  return useQuery({
    queryKey: ['warnings', 'open'],
    queryFn: () => unwrap(api.GET('/api/warnings', { params: { query: { open: true, size: 100 } } })),
  });
}

/** 败诉案件报告 still to file: all of them, and those past their due date. */
export function useDueLostCaseReports() {
  return useQuery({
    queryKey: ['lost-case-reports', 'desk'],
    queryFn: () => unwrap(api.GET('/api/lost-case-reports', { params: { query: { status: 'DUE', size: 100 } } })),
  });
}

/** 司法建议 received and not yet answered. */
export function useUnansweredRecommendations() {
  return useQuery({
    queryKey: ['recommendations', 'desk'],
    queryFn: () => unwrap(api.GET('/api/recommendations', { params: { query: { status: 'RECEIVED', size: 100 } } })),
  });
}

/** The agency's reports of one month (empty while it has not submitted). */
export function useMonthReports(year: number, month: number, agencyCode: string | null | undefined) {
  return useQuery({
    queryKey: ['monthly-reports', 'desk', { year, month, agencyCode }],
    queryFn: () =>
      unwrap(
        api.GET('/api/monthly-reports', {
          params: { query: { year, month, agencyCode: agencyCode ?? undefined } },
        }),
      ),
    enabled: !!agencyCode,
  });
}

/** Training sessions the agency's officials are invited to, the latest first. */
export function useTrainings() {
  return useQuery({
    queryKey: ['trainings', 'desk'],
    queryFn: () => unwrap(api.GET('/api/trainings', { params: { query: { size: 100, sort: '-startsAt' } } })),
  });
}
