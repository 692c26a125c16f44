import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { saveDownload } from '@/lib/download';

export function downloadTemplate(): Promise<string> {
  return saveDownload(api.GET('/api/imports/ledger/template', { parseAs: 'blob' }), '台账模板.xlsx');
}

export function useDownloadTemplate() {
  return useMutation({ mutationFn: downloadTemplate });
}
