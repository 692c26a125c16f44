import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

type Versioned<T> = { id: number; version: number; body: T };

export type DisputeInput = Schema<'DisputeInput'>;
export type MediatingBodyInput = Schema<'MediatingBodyInput'>;

/** Every change may move the list, the figures and the bodies' counts: all coordination queries refresh. */
function useCoordinationMutation<T>(fn: (args: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['coordination'] }),
  });
}

export function useCreateDispute() {
  return useCoordinationMutation((body: DisputeInput) => unwrap(api.POST('/api/coordination/disputes', { body })));
}

export function useUpdateDispute() {
  return useCoordinationMutation(({ id, version, body }: Versioned<DisputeInput>) =>
    unwrap(api.PUT('/api/coordination/disputes/{id}', { params: { path: { id }, header: ifMatch(version) }, body })),
  );
}

export function useStartDispute() {
  return useCoordinationMutation(({ id, version, body }: Versioned<Schema<'DisputeStart'>>) =>
    unwrap(
      api.POST('/api/coordination/disputes/{id}/start', { params: { path: { id }, header: ifMatch(version) }, body }),
    ),
  );
}

export function useAddDisputeMeeting() {
  return useCoordinationMutation(({ id, version, body }: Versioned<Schema<'DisputeMeetingInput'>>) =>
    unwrap(
      api.POST('/api/coordination/disputes/{id}/meetings', {
        params: { path: { id }, header: ifMatch(version) },
        body,
      }),
    ),
  );
}

export function useResolveDispute() {
  return useCoordinationMutation(({ id, version, body }: Versioned<Schema<'DisputeResolve'>>) =>
    unwrap(
      api.POST('/api/coordination/disputes/{id}/resolve', {
        params: { path: { id }, header: ifMatch(version) },
        body,
      }),
    ),
  );
}

export function useReturnDispute() {
  return useCoordinationMutation(({ id, version, body }: Versioned<Schema<'DisputeReturn'>>) =>
    unwrap(
      api.POST('/api/coordination/disputes/{id}/return', { params: { path: { id }, header: ifMatch(version) }, body }),
    ),
  );
}

export function useCreateMediatingBody() {
  return useCoordinationMutation((body: MediatingBodyInput) => unwrap(api.POST('/api/coordination/bodies', { body })));
}

export function useUpdateMediatingBody() {
  return useCoordinationMutation(
    ({ code, version, body }: { code: string; version: number; body: MediatingBodyInput }) =>
      unwrap(
        api.PUT('/api/coordination/bodies/{code}', { params: { path: { code }, header: ifMatch(version) }, body }),
      ),
  );
}
