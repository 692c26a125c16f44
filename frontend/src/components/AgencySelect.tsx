import { Select, type SelectProps } from 'antd';
import type { Schema } from '@/lib/api/types';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useAllAgencies } from './directory-queries';

type AgencyKind = Schema<'AgencyKind'>;

export function AgencySelect({
  kinds,
  ...props
}: Omit<SelectProps<string>, 'options' | 'loading'> & { kinds?: AgencyKind[] }) {
  const { data, isLoading } = useAllAgencies();
  const label = useEnumLabel();
  const options = (data ?? [])
    .filter((agency) => !kinds || (agency.kind && kinds.includes(agency.kind)))
    .map((agency) => ({
      value: agency.code ?? '',
      label: agency.name ?? agency.code,
      title: `${agency.name}（${label('AgencyKind', agency.kind)}）`,
      // Typed codes still find the agency; the code is not shown.
      code: agency.code ?? '',
    }));
  return (
    <Select
      showSearch={{
        filterOption: (input, option) => {
          const typed = input.trim().toLowerCase();
          return !!option && (option.title.toLowerCase().includes(typed) || option.code.toLowerCase().includes(typed));
        },
      }}
      allowClear
      loading={isLoading}
      options={options}
      popupMatchSelectWidth={false}
      {...props}
    />
  );
}
