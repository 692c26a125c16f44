import type { Messages } from '@/lib/i18n/language-context';

export const papersMessages = {
  title: ['手续检查', 'Papers check'],
  subtitle: [
    '定期检查出庭应诉负责人身份资格及委托手续：庭后仍待核验的身份证明、未附委托书或证明材料的委托、法院未采纳的委托说明',
    'Identity proofs still pending after the hearing, delegations without their letter or evidence, delegations the court did not accept',
  ],
  tabAll: ['全部', 'All'],
  agencyPlaceholder: ['全部机关', 'All agencies'],
  minAge: ['庭后满', 'At least'],
  days: ['天', 'days'],
  kind: ['问题', 'Issue'],
  agency: ['机关', 'Agency'],
  caseNumber: ['案号', 'Case'],
  hearingDate: ['开庭日期', 'Hearing'],
  age: ['庭后天数', 'Days since'],
  ageDays: ['{days} 天', '{days} days'],
  overdue: ['逾期', 'Overdue'],
  overdueHelp: [
    '身份证明庭后超过 {days} 天仍未核验，在统计中标记“身份证明逾期未核验”（期间仍计为负责人出庭）',
    'Pending more than {days} days after the hearing: flagged in the figures (it still counts as the head meanwhile)',
  ],
  who: ['人员', 'Who'],
  status: ['状态', 'Status'],
  source: ['来源：{source}', 'Source: {source}'],
  resolve: ['处理', 'Resolve'],
  resolveAppearance: ['核验身份证明', 'Check the proof'],
  resolveDelegation: ['补齐材料或审核', 'Attach or review'],
  empty: ['没有待检查的手续', 'Nothing to check'],
} as const satisfies Messages;

export const papersKindMessages = {
  PENDING_IDENTITY: ['身份证明待核验', 'Identity proof pending'],
  DELEGATION_WITHOUT_PAPERS: ['委托未附材料', 'Delegation without papers'],
  DELEGATION_NOT_ACCEPTED: ['法院未采纳委托', 'Not accepted by the court'],
} as const satisfies Messages;
