import { unwrap } from '@/lib/api/client';

/** `filename*=UTF-8''…` carries a Chinese name; the plain `filename=` is the fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = disposition.match(/filename\*=UTF-8''([^;]+)/i);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = disposition.match(/filename="?([^";]+)"?/i);
  return plain ? plain[1] : fallback;
}

/**
 * Hands a file fetched through the API client (so with the user's credentials) to the browser as a download.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ExportFormat = 'csv' | 'xlsx';

/** The Accept header that asks for a figure's CSV or Excel rendering instead of its JSON. */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Saves the file an API call answers (fetched with `parseAs: 'blob'`) under the name the server gives it, or
 * `fallback`; returns the name used.
 */
export async function saveDownload(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallback: string,
): Promise<string> {
  let disposition: string | null = null;
  const blob = await unwrap(
    call.then((result) => {
      disposition = result.response.headers.get('Content-Disposition');
      return result;
    }),
  );
  const name = fileNameFrom(disposition, fallback);
  saveBlob(blob as Blob, name);
  return name;
}
