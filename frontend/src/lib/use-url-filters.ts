import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

type FilterValue = string | number | null | undefined;

/** Which page of a server-paged list is shown, and how to move to another (`page` counts from 1). */
export interface Paging {
  page: number;
  size: number;
  setPage: (page: number, size?: number) => void;
}

/**
 * A table's filters and page, kept in the URL's query string so that a reload, the back button or a shared
 * link shows the same rows. `page` is 1-based in the URL, as people count.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();

  const filters = useMemo(
    () => Object.fromEntries(keys.map((key) => [key, params.get(key) ?? undefined])) as Record<K, string | undefined>,
    // The keys are a constant list per table.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [params],
  );
  const page = Math.max(1, Number(params.get('page')) || 1);
  const size = Math.min(500, Math.max(1, Number(params.get('size')) || 20));

  const setFilters = useCallback(
    (patch: Partial<Record<K, FilterValue>>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch) as [string, FilterValue][]) {
            if (value === undefined || value === null || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          // Other filters mean other rows: start again from the first page.
          next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const setPage = useCallback(
    (nextPage: number, nextSize?: number) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (nextPage <= 1) next.delete('page');
        else next.set('page', String(nextPage));
        if (nextSize && nextSize !== 20) next.set('size', String(nextSize));
        else if (nextSize) next.delete('size');
        return next;
      }),
    [setParams],
  );

  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  const paging: Paging = useMemo(() => ({ page, size, setPage }), [page, size, setPage]);

  return { filters, page, size, setFilters, setPage, paging, reset };
}
