import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type Document = Schema<'Document'>;
export type DocumentOwner = Schema<'DocumentOwner'>;
export type DocumentKind = Schema<'DocumentKind'>;

export function getDocuments(ownerType: DocumentOwner, ownerId: number) {
  return unwrap(api.GET('/api/documents', { params: { query: { ownerType, ownerId } } }));
}

export function documentsQueryOptions(ownerType: DocumentOwner, ownerId: number) {
  return queryOptions({
    queryKey: ['documents', ownerType, ownerId],
    queryFn: () => getDocuments(ownerType, ownerId),
  });
}

export function useDocuments(ownerType: DocumentOwner, ownerId: number) {
  return useQuery(documentsQueryOptions(ownerType, ownerId));
}
