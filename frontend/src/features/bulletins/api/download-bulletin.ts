import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fileNameFrom, saveBlob } from '@/lib/download';

export type BulletinFormat = 'pdf' | 'xlsx';

const MEDIA_TYPES: Record<BulletinFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The server's PDF or workbook of a published bulletin, handed to the browser as a download. */
export async function downloadBulletin({ id, format }: { id: number; format: BulletinFormat }): Promise<string> {
  let disposition: string | null = null;
  const blob = await unwrap(
    api
      .GET('/api/bulletins/{id}', {
        params: { path: { id } },
        headers: { Accept: MEDIA_TYPES[format] },
        parseAs: 'blob',
      })
      .then((result) => {
        disposition = result.response.headers.get('Content-Disposition');
        return result;
      }),
  );
  const name = fileNameFrom(disposition, `季度通报-${id}.${format}`);
  saveBlob(blob as Blob, name);
  return name;
}

export function useDownloadBulletin() {
  return useMutation({ mutationFn: downloadBulletin });
}
