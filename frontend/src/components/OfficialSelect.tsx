import { Select, type SelectProps } from 'antd';
import type { Schema } from '@/lib/api/types';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useAgencyOfficials } from './directory-queries';

type OfficialRole = Schema<'OfficialRole'>;

/** The officials of one agency, optionally of one role; each option shows the role so that heads stand out. */
export function OfficialSelect({
  agencyCode,
  role,
  ...props
}: Omit<SelectProps<string>, 'options' | 'loading'> & { agencyCode: string | undefined; role?: OfficialRole }) {
  const { data, isLoading } = useAgencyOfficials(agencyCode, role);
  const label = useEnumLabel();
  const options = (data ?? []).map((official) => ({
    value: official.code ?? '',
    label: `${official.name}${official.title ? `（${official.title}）` : ''} · ${label('OfficialRole', official.role)}`,
  }));
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={isLoading}
      options={options}
      disabled={!agencyCode || props.disabled}
      {...props}
    />
  );
}
