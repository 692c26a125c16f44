import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { saveBlob } from '@/lib/download';
import type { Document } from './get-documents';

/** Fetched through the client (the user's credentials), then handed to the browser under its original name. */
export async function downloadDocument(document: Document) {
  const blob = await unwrap(
    api.GET('/api/documents/{id}/content', { params: { path: { id: document.id! } }, parseAs: 'blob' }),
  );
  saveBlob(blob as Blob, document.fileName ?? `document-${document.id}`);
  return document.fileName;
}

export function useDownloadDocument() {
  return useMutation({ mutationFn: downloadDocument });
}
