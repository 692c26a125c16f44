import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { DocumentKind, DocumentOwner } from './get-documents';

const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The browser's own type, or one from the extension where it gives none; the server checks it against the bytes. */
export function contentTypeOf(file: File): string {
  if (file.type) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? 'application/octet-stream';
}

export interface UploadRequest {
  ownerType: DocumentOwner;
  ownerId: number;
  kind: DocumentKind;
  file: File;
}

/** Sends the file's bytes as they are (no multipart), declaring their real type. */
export function uploadDocument({ ownerType, ownerId, kind, file }: UploadRequest) {
  return unwrap(
    api.POST('/api/documents', {
      params: { query: { ownerType, ownerId, kind, fileName: file.name } },
      body: file as unknown as string,
      bodySerializer: (body) => body as unknown as BodyInit,
      headers: { 'Content-Type': contentTypeOf(file) },
    }),
  );
}

export function useUploadDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadDocument,
    onSuccess: (_data, request) =>
      queryClient.invalidateQueries({ queryKey: ['documents', request.ownerType, request.ownerId] }),
  });
}
