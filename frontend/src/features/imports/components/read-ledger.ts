import type { LedgerDocument, LedgerUpload } from '../api/import-ledger';

/** Reads the chosen file into what the API takes; a JSON file that does not parse never leaves the browser. */
export async function readLedger(file: File): Promise<LedgerUpload> {
  if (/\.xlsx$/i.test(file.name)) return { kind: 'xlsx', file };
  const text = await file.text();
  return { kind: 'json', document: JSON.parse(text) as LedgerDocument };
}
