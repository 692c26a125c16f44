import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type TrainingSession = Schema<'TrainingSession'>;
export type TrainingInvitation = Schema<'TrainingInvitation'>;
export type TrainingAttendance = Schema<'TrainingAttendance'>;
export type TrainingCoverage = Schema<'TrainingCoverage'>;
export type TrainingCoverageRow = Schema<'TrainingCoverageRow'>;
export type TrainingReminder = Schema<'TrainingReminder'>;

export interface TrainingFilters {
  year?: number;
  agencyCode?: string;
  page: number;
  size: number;
}

export function getTrainings(filters: TrainingFilters) {
  return unwrap(api.GET('/api/trainings', { params: { query: filters } }));
}

export function trainingsQueryOptions(filters: TrainingFilters) {
  return queryOptions({
    queryKey: ['trainings', 'list', filters],
    queryFn: () => getTrainings(filters),
    placeholderData: keepPreviousData,
  });
}

export function useTrainings(filters: TrainingFilters) {
  return useQuery(trainingsQueryOptions(filters));
}

export function getTrainingCoverage(year: number, agencyCode?: string) {
  return unwrap(api.GET('/api/trainings/coverage', { params: { query: { year, agencyCode } } }));
}

/** Per agency the share of its heads trained in the year (an agency sees its own). */
export function useTrainingCoverage(year: number, agencyCode?: string) {
  return useQuery({
    queryKey: ['trainings', 'coverage', year, agencyCode],
    queryFn: () => getTrainingCoverage(year, agencyCode),
    placeholderData: keepPreviousData,
  });
}

export function getTrainingReminders() {
  return unwrap(api.GET('/api/trainings/reminders'));
}

export function useTrainingReminders() {
  return useQuery({ queryKey: ['trainings', 'reminders'], queryFn: getTrainingReminders });
}
