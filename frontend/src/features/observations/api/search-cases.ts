import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** Cases whose number, court or cause matches what the clerk types, to pick the hearing to observe from. */
export function searchCases(text: string) {
  return unwrap(api.GET('/api/cases', { params: { query: { q: text || undefined, size: 20 } } }));
}

export function useCaseSearch(text: string) {
  return useQuery({
    queryKey: ['observations', 'case-search', text],
    queryFn: () => searchCases(text),
    select: (page) => page.items ?? [],
    placeholderData: keepPreviousData,
  });
}
