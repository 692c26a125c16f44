import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type MonthlyReportSubmit = Schema<'MonthlyReportSubmit'>;

/** Every submission is a new revision: a submitted report is never changed. */
export function submitReport(body: MonthlyReportSubmit) {
  return unwrap(api.POST('/api/monthly-reports', { body }));
}

export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitReport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['monthly-reports'] }),
  });
}
