import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { EXPORT_MEDIA_TYPES, saveDownload, type ExportFormat } from '@/lib/download';
import type { ComplianceParams } from './get-compliance';

export type { ExportFormat } from '@/lib/download';

/** Fetches the report in the server's own CSV or Excel rendering and hands it to the browser as a download. */
export function downloadCompliance(params: ComplianceParams & { format: ExportFormat }): Promise<string> {
  const { format, ...query } = params;
  const period = [query.year, query.quarter ? `Q${query.quarter}` : '', query.month ? `${query.month}月` : '']
    .filter(Boolean)
    .join('-');
  return saveDownload(
    api.GET('/api/metrics/compliance', {
      params: { query },
      headers: { Accept: EXPORT_MEDIA_TYPES[format] },
      parseAs: 'blob',
    }),
    `出庭应诉统计-${period}.${format}`,
  );
}

export function useDownloadCompliance() {
  return useMutation({ mutationFn: downloadCompliance });
}
