import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type AssessmentPoints = Schema<'AssessmentPoints'>;
export type AssessmentPointsChange = Schema<'AssessmentPointsChange'>;

export function useAssessmentPoints(year: number) {
  return useQuery({
    queryKey: ['metrics', 'assessment-points', year],
    queryFn: () => unwrap(api.GET('/api/assessment/points/{year}', { params: { path: { year } } })),
  });
}

/** Who changed the year's points, when, old → new; the latest first. */
export function useAssessmentPointsChanges(year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['metrics', 'assessment-points-changes', year],
    queryFn: () => unwrap(api.GET('/api/assessment/points/{year}/changes', { params: { path: { year } } })),
    enabled,
  });
}

/** The bureau's points for a year; the figures' deductions of the year follow, so every figure is refetched. */
export function setAssessmentPoints({ year, version, points }: { year: number; version: number; points: number }) {
  return unwrap(
    api.PUT('/api/assessment/points/{year}', {
      params: { path: { year }, header: ifMatch(version) },
      body: { points },
    }),
  );
}

export function useSetAssessmentPoints() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setAssessmentPoints,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['metrics'] }),
  });
}
