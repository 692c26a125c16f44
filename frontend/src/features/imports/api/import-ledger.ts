import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type LedgerDocument = Schema<'LedgerDocument'>;
export type LedgerImportResult = Schema<'LedgerImportResult'>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A parsed JSON ledger, or the workbook's bytes sent as they are. */
export type LedgerUpload = { kind: 'json'; document: LedgerDocument } | { kind: 'xlsx'; file: Blob };

export function importLedger(upload: LedgerUpload) {
  if (upload.kind === 'json') {
    return unwrap(api.POST('/api/imports/ledger', { body: upload.document }));
  }
  return unwrap(
    api.POST('/api/imports/ledger', {
      // The workbook is the body itself; openapi-fetch would otherwise JSON-encode it.
      body: upload.file as unknown as LedgerDocument,
      bodySerializer: (body) => body as unknown as Blob,
      headers: { 'Content-Type': XLSX },
    }),
  );
}

export function useImportLedger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importLedger,
    // A ledger can touch every collection and every figure.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
