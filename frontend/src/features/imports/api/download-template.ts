import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fileNameFrom, saveBlob } from '@/lib/download';

export async function downloadTemplate(): Promise<string> {
  let disposition: string | null = null;
  const blob = await unwrap(
    api.GET('/api/imports/ledger/template', { parseAs: 'blob' }).then((result) => {
      disposition = result.response.headers.get('Content-Disposition');
      return result;
    }),
  );
  const name = fileNameFrom(disposition, '台账模板.xlsx');
  saveBlob(blob as Blob, name);
  return name;
}

export function useDownloadTemplate() {
  return useMutation({ mutationFn: downloadTemplate });
}
