import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export function getCaseHearings(caseId: number) {
  return unwrap(api.GET('/api/hearings', { params: { query: { caseId, size: 100 } } }));
}

export function useCaseHearings(caseId: number | undefined) {
  return useQuery({
    queryKey: ['observations', 'case-hearings', caseId],
    queryFn: () => getCaseHearings(caseId!),
    select: (page) => page.items ?? [],
    enabled: caseId !== undefined,
  });
}
