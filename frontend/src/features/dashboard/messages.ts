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
  openWarnings: ['出庭预警', 'Hearing warnings'],
  warningsTable: [
    '出庭预警：临近开庭，尚未确认负责人出庭，也未提交委托',
    'Warnings: hearing soon, no head confirmed and no delegation filed',
  ],
  agency: ['机关', 'Agency'],
  raisedAt: ['预警时间', 'Raised'],
  noWarnings: ['没有未处理的出庭预警', 'No open warnings'],
  warningTag: ['预警', 'Warning'],
  byDay: ['未来 7 日开庭分布', 'Hearings per day, next 7 days'],
  hearingsSeries: ['开庭', 'Hearings'],
  warningsSeries: ['预警', 'Warnings'],
  metricsPending: [
    '出庭应诉率等合规指标将在统计模块上线后显示于此。',
    'Compliance figures will appear here once the metrics module is live.',
  ],
} as const satisfies Messages;
