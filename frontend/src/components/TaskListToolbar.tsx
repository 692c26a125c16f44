import { Checkbox, Flex, Tabs } from 'antd';
import type { ReactNode } from 'react';
import type { Messages } from '@/lib/i18n/language-context';
import { useMessages } from '@/lib/i18n/language-context';
import { AgencySelect } from './AgencySelect';

const toolbarMessages = {
  all: ['全部', 'All'],
  overdueOnly: ['仅看逾期', 'Overdue only'],
  allAgencies: ['全部机关', 'All agencies'],
} as const satisfies Messages;

/** The filters every task list shares, kept in the URL by `useUrlFilters`. */
export type TaskListFilters = Partial<Record<'status' | 'overdue' | 'agencyCode', string>>;

/**
 * The head of a task list (约谈, 败诉报告, 司法建议): status tabs with 全部 first, then "仅看逾期", the page's own
 * filters and the agency. One component so that the three lists filter alike and say it in the same words.
 */
export function TaskListToolbar<S extends string>({
  tabs,
  filters,
  setFilters,
  children,
}: {
  /** The statuses, in the order a task goes through them; 全部 is added in front. */
  tabs: { key: S; label: ReactNode }[];
  filters: TaskListFilters;
  setFilters: (patch: TaskListFilters) => void;
  /** Filters of this list only (a year), placed between the overdue box and the agency. */
  children?: ReactNode;
}) {
  const t = useMessages(toolbarMessages);
  return (
    <Flex justify="space-between" align="center" wrap gap={12}>
      <Tabs
        activeKey={filters.status ?? 'ALL'}
        onChange={(key) => setFilters({ status: key === 'ALL' ? undefined : key })}
        items={[{ key: 'ALL', label: t('all') }, ...tabs]}
      />
      <Flex gap={16} align="center" wrap>
        <Checkbox
          checked={filters.overdue === 'true'}
          onChange={(e) => setFilters({ overdue: e.target.checked ? 'true' : undefined })}
        >
          {t('overdueOnly')}
        </Checkbox>
        {children}
        <AgencySelect
          placeholder={t('allAgencies')}
          aria-label={t('allAgencies')}
          value={filters.agencyCode}
          onChange={(agencyCode) => setFilters({ agencyCode })}
          style={{ width: 240 }}
        />
      </Flex>
    </Flex>
  );
}
