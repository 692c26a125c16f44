import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { api, unwrap } from '@/lib/api/client';
import { caseSearchText } from '@/lib/case-number';

const SEARCH_DELAY_MS = 300;

/**
 * A case chosen by its 案号 as the clerk types it (half-width brackets, spaces and all): the server searches the
 * normal form and the options show the number with its court. The value is the case's id.
 */
export function CaseSelect(props: Omit<SelectProps<number>, 'options' | 'loading' | 'showSearch' | 'filterOption'>) {
  const [typed, setTyped] = useState('');
  const [text, setText] = useState<string>();
  useEffect(() => {
    const timer = setTimeout(() => setText(caseSearchText(typed)), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const query = useQuery({
    queryKey: ['cases', 'pick', text ?? null],
    queryFn: () => unwrap(api.GET('/api/cases', { params: { query: { q: text, page: 0, size: 20 } } })),
    enabled: !!text,
    placeholderData: keepPreviousData,
    select: (page) => page.items ?? [],
  });
  const options = (text ? (query.data ?? []) : []).map((c) => ({
    value: c.id ?? 0,
    label: `${c.caseNumber}（${c.court}）`,
  }));

  return (
    <Select<number>
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={query.isFetching}
      options={options}
      notFoundContent={null}
      {...props}
    />
  );
}
