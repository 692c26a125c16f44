import { Space, Tag } from 'antd';
import { sortFlags } from '@/lib/flags';
import { useEnumLabel } from '@/lib/i18n/enum-labels';

const FLAG_COLORS: Record<string, string> = {
  ZERO_RATE_INTERVIEW: 'magenta',
  NO_ONE_APPEARED: 'red',
  MANDATORY_MISSED: 'red',
  UNJUSTIFIED_ABSENCE: 'volcano',
  BELOW_THRESHOLD: 'orange',
  LEFT_EARLY: 'gold',
  SILENT_APPEARANCE: 'gold',
  LATE_NOTICE: 'default',
  PENDING_IDENTITY: 'purple',
};

export function FlagTags({ flags }: { flags: readonly string[] | undefined }) {
  const label = useEnumLabel();
  if (!flags?.length) return null;
  return (
    <Space size={[4, 4]} wrap>
      {sortFlags(flags).map((flag) => (
        <Tag key={flag} color={FLAG_COLORS[flag] ?? 'default'} style={{ marginInlineEnd: 0 }}>
          {label('ComplianceFlag', flag)}
        </Tag>
      ))}
    </Space>
  );
}
