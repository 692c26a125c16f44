import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { saveDownload } from '@/lib/download';

export type OfficialRecord = Schema<'OfficialRecord'>;

export function useOfficialRecord(code: string, year: number) {
  return useQuery({
    queryKey: ['officials', 'record', code, year],
    queryFn: () => unwrap(api.GET('/api/officials/{code}/record', { params: { path: { code }, query: { year } } })),
  });
}

export function useDownloadOfficialRecord() {
  return useMutation({
    mutationFn: ({ code, year, name }: { code: string; year: number; name: string }) =>
      saveDownload(
        api.GET('/api/officials/{code}/record/pdf', {
          params: { path: { code }, query: { year } },
          parseAs: 'blob',
        }),
        `述法材料-${name}-${year}.pdf`,
      ),
  });
}
