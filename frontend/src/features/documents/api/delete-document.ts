import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Document } from './get-documents';

export function deleteDocument(document: Document) {
  return unwrap(api.DELETE('/api/documents/{id}', { params: { path: { id: document.id! } } }));
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDocument,
    onSettled: (_data, _error, document) =>
      queryClient.invalidateQueries({ queryKey: ['documents', document.ownerType, document.ownerId] }),
  });
}
