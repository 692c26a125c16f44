import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fileNameFrom, saveBlob } from '@/lib/download';
import type { ComplianceParams } from './get-compliance';

export type ExportFormat = 'csv' | 'xlsx';

const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Fetches the report in the server's own CSV or Excel rendering and hands it to the browser as a download. */
export async function downloadCompliance(params: ComplianceParams & { format: ExportFormat }): Promise<string> {
  const { format, ...query } = params;
  let disposition: string | null = null;
  const blob = await unwrap(
    api
      .GET('/api/metrics/compliance', {
        params: { query },
        headers: { Accept: MEDIA_TYPES[format] },
        parseAs: 'blob',
      })
      .then((result) => {
        disposition = result.response.headers.get('Content-Disposition');
        return result;
      }),
  );
  const period = [query.year, query.quarter ? `Q${query.quarter}` : '', query.month ? `${query.month}月` : '']
    .filter(Boolean)
    .join('-');
  const name = fileNameFrom(disposition, `出庭应诉统计-${period}.${format}`);
  saveBlob(blob as Blob, name);
  return name;
}

export function useDownloadCompliance() {
  return useMutation({ mutationFn: downloadCompliance });
}
