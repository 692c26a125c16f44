import type { Messages } from '@/lib/i18n/language-context';

export const dashboardMessages = {
  title: ['工作台', 'Dashboard'],
  subtitle: ['近期开庭与待办事项', 'Upcoming hearings and what awaits you'],
  upcomingHearings: ['未来 7 日开庭', 'Hearings in the next 7 days'],
  pendingDelegations: ['待审查委托', 'Delegations to review'],
  hearingsTable: ['近期开庭', 'Upcoming hearings'],
  scheduledAt: ['开庭时间', 'Time'],
  caseNumber: ['案号', 'Case'],
  court: ['法院', 'Court'],
  status: ['状态', 'Status'],
  noHearings: ['未来 7 日没有开庭', 'No hearings in the next 7 days'],
  review: ['去审查', 'Review'],
  metricsPending: [
    '出庭应诉率等合规指标将在统计模块上线后显示于此。',
    'Compliance figures will appear here once the metrics module is live.',
  ],
} as const satisfies Messages;
