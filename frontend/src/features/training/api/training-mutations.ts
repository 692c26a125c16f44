import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type TrainingCreate = Schema<'TrainingCreate'>;
export type TrainingInvite = Schema<'TrainingInvite'>;
export type TrainingAttendanceBody = Schema<'TrainingAttendanceUpdate'>;

interface Versioned<T> {
  id: number;
  version: number;
  body: T;
}

export function createTraining(body: TrainingCreate) {
  return unwrap(api.POST('/api/trainings', { body }));
}

export function updateTraining({ id, version, body }: Versioned<TrainingCreate>) {
  return unwrap(api.PUT('/api/trainings/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function deleteTraining(id: number) {
  return unwrap(api.DELETE('/api/trainings/{id}', { params: { path: { id } } }));
}

export function inviteToTraining({ id, version, body }: Versioned<TrainingInvite>) {
  return unwrap(
    api.POST('/api/trainings/{id}/invitations', { params: { path: { id }, header: ifMatch(version) }, body }),
  );
}

export function withdrawTrainingInvitation({
  id,
  version,
  officialCode,
}: {
  id: number;
  version: number;
  officialCode: string;
}) {
  return unwrap(
    api.DELETE('/api/trainings/{id}/invitations/{officialCode}', {
      params: { path: { id, officialCode }, header: ifMatch(version) },
    }),
  );
}

/** Who came and who did not; the server refuses it before the session's date. */
export function recordTrainingAttendance({ id, version, body }: Versioned<TrainingAttendanceBody>) {
  return unwrap(
    api.PUT('/api/trainings/{id}/attendance', { params: { path: { id }, header: ifMatch(version) }, body }),
  );
}

export function sendTrainingReminders() {
  return unwrap(api.POST('/api/trainings/reminders/send'));
}

/** Every change may move the sessions, the share trained and the reminders: all training queries refresh. */
function useTrainingMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['trainings'] }),
  });
}

export const useCreateTraining = () => useTrainingMutation(createTraining);
export const useUpdateTraining = () => useTrainingMutation(updateTraining);
export const useDeleteTraining = () => useTrainingMutation(deleteTraining);
export const useInviteToTraining = () => useTrainingMutation(inviteToTraining);
export const useWithdrawTrainingInvitation = () => useTrainingMutation(withdrawTrainingInvitation);
export const useRecordTrainingAttendance = () => useTrainingMutation(recordTrainingAttendance);
export const useSendTrainingReminders = () => useTrainingMutation(sendTrainingReminders);
