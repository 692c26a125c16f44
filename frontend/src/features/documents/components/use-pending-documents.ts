import { useCallback, useState } from 'react';
import type { DocumentKind, DocumentOwner } from '../api/get-documents';
import { uploadDocument } from '../api/upload-document';

export interface PendingDocument {
  uid: string;
  file: File;
  kind: DocumentKind;
}

/**
 * Files chosen in a form whose record does not exist yet (a delegation being filed): kept here, and uploaded
 * once the record is created and has an id.
 */
export function usePendingDocuments(defaultKind: DocumentKind = 'OTHER') {
  const [pending, setPending] = useState<PendingDocument[]>([]);
  const uploadAll = useCallback(
    async (ownerType: DocumentOwner, ownerId: number) => {
      for (const p of pending) await uploadDocument({ ownerType, ownerId, kind: p.kind, file: p.file });
      setPending([]);
    },
    [pending],
  );
  return { pending, setPending, uploadAll, defaultKind };
}

export type PendingDocumentsState = ReturnType<typeof usePendingDocuments>;
