import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type Assessment = Schema<'Assessment'>;
export type AgencyAssessment = Schema<'AgencyAssessment'>;
export type AssessmentCause = Schema<'AssessmentCause'>;

/** The JSON rendering; the same operation also answers CSV and Excel (see download-assessment). */
export async function getAssessment(year: number): Promise<Assessment> {
  const assessment = await unwrap(
    api.GET('/api/assessment', { params: { query: { year } }, headers: { Accept: 'application/json' } }),
  );
  return assessment as Assessment;
}

export function assessmentQueryOptions(year: number) {
  return queryOptions({
    queryKey: ['metrics', 'assessment', year],
    queryFn: () => getAssessment(year),
    placeholderData: keepPreviousData,
  });
}

export function useAssessment(year: number) {
  return useQuery(assessmentQueryOptions(year));
}
