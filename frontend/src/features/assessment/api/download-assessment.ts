import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { EXPORT_MEDIA_TYPES, saveDownload, type ExportFormat } from '@/lib/download';

/** The server's own CSV (one row per agency) or workbook (agencies, and one row per cause) as a download. */
export function downloadAssessment({ year, format }: { year: number; format: ExportFormat }): Promise<string> {
  return saveDownload(
    api.GET('/api/assessment', {
      params: { query: { year } },
      headers: { Accept: EXPORT_MEDIA_TYPES[format] },
      parseAs: 'blob',
    }),
    `考核扣分-${year}.${format}`,
  );
}

export function useDownloadAssessment() {
  return useMutation({ mutationFn: downloadAssessment });
}
