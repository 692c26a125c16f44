import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/lib/api/client';

/** A change to one agency's lost case: which one, the version the user read (its ETag), and the request body. */
export interface LostCaseCall<Body> {
  caseId: number;
  agencyCode: string;
  version: number;
  body: Body;
}

/** The call for the lost case the user is looking at, with the version it read. */
export function lostCaseCall<Body>(
  report: { caseId?: number; agencyCode?: string; version?: number },
  body: Body,
): LostCaseCall<Body> {
  return { caseId: report.caseId!, agencyCode: report.agencyCode!, version: report.version ?? 0, body };
}

export function lostCaseParams({ caseId, agencyCode, version }: LostCaseCall<unknown>) {
  return { path: { caseId, agencyCode }, header: ifMatch(version) };
}

/** Every change refreshes the lists, whose status, overdue and late marks it may have changed. */
export function useLostCaseMutation<Body, Result>(mutationFn: (call: LostCaseCall<Body>) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['lost-cases'] }),
  });
}
