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

/** What the browser can show by itself: a PDF or an image opens in a new tab instead of downloading. */
export function previewable(document: Pick<Document, 'contentType'>): boolean {
  const type = document.contentType ?? '';
  return type === 'application/pdf' || type.startsWith('image/');
}

/**
 * Opens a PDF or an image in a new tab. The tab is opened at the click (a browser lets only the click's own
 * window through), then given the file once it has arrived with the user's credentials.
 */
export async function previewDocument(document: Document) {
  const tab = window.open('', '_blank');
  try {
    const blob = await unwrap(
      api.GET('/api/documents/{id}/content', { params: { path: { id: document.id! } }, parseAs: 'blob' }),
    );
    const typed = new Blob([blob as Blob], { type: document.contentType ?? 'application/octet-stream' });
    const url = URL.createObjectURL(typed);
    if (tab) tab.location.href = url;
    else window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}

export function usePreviewDocument() {
  return useMutation({ mutationFn: previewDocument });
}
