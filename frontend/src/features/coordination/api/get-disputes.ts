import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { EXPORT_MEDIA_TYPES, saveDownload, type ExportFormat } from '@/lib/download';

export type Dispute = Schema<'Dispute'>;
export type DisputeStatus = Schema<'DisputeStatus'>;
export type DisputeSource = Schema<'DisputeSource'>;
export type MediatingBody = Schema<'MediatingBody'>;
export type CoordinationFigures = Schema<'CoordinationFigures'>;
export type CoordinationCount = Schema<'CoordinationCount'>;

export interface DisputeFilters {
  status?: DisputeStatus;
  source?: DisputeSource;
  agencyCode?: string;
  mediatingBodyCode?: string;
  year?: number;
  overdue?: boolean;
  q?: string;
  page: number;
  size: number;
}

export function disputesQueryOptions(filters: DisputeFilters) {
  return queryOptions({
    queryKey: ['coordination', 'disputes', filters],
    queryFn: () => unwrap(api.GET('/api/coordination/disputes', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}

export function useDisputes(filters: DisputeFilters) {
  return useQuery(disputesQueryOptions(filters));
}

export function useMediatingBodies(all = false) {
  return useQuery({
    queryKey: ['coordination', 'bodies', all],
    queryFn: () => unwrap(api.GET('/api/coordination/bodies', { params: { query: { all } } })),
  });
}

export interface FigurePeriod {
  year: number;
  quarter?: number;
  month?: number;
}

export function useCoordinationFigures(period: FigurePeriod) {
  return useQuery({
    queryKey: ['coordination', 'figures', period],
    // Asked for JSON (the default Accept), so never the CSV text the contract also allows.
    queryFn: async () =>
      (await unwrap(api.GET('/api/coordination/figures', { params: { query: period } }))) as CoordinationFigures,
    placeholderData: keepPreviousData,
  });
}

/** The server's own CSV or workbook of the centre's figures, as a download. */
export function useDownloadCoordinationFigures() {
  return useMutation({
    mutationFn: ({ period, format }: { period: FigurePeriod; format: ExportFormat }) =>
      saveDownload(
        api.GET('/api/coordination/figures', {
          params: { query: period },
          headers: { Accept: EXPORT_MEDIA_TYPES[format] },
          parseAs: 'blob',
        }),
        `协调化解中心统计-${period.year}${period.quarter ? `-Q${period.quarter}` : ''}.${format}`,
      ),
  });
}
