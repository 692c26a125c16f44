import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { EXPORT_MEDIA_TYPES, saveDownload, type ExportFormat } from '@/lib/download';
import type { DutiesParams } from './get-duties';

/** Fetches the duties in the server's own CSV or Excel rendering and hands them to the browser as a download. */
export function downloadDuties(params: DutiesParams & { format: ExportFormat }): Promise<string> {
  const { format, ...query } = params;
  return saveDownload(
    api.GET('/api/metrics/duties', {
      params: { query },
      headers: { Accept: EXPORT_MEDIA_TYPES[format] },
      parseAs: 'blob',
    }),
    `应诉案件明细-${query.year}.${format}`,
  );
}

export function useDownloadDuties() {
  return useMutation({ mutationFn: downloadDuties });
}
