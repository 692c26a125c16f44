import type { Messages } from '@/lib/i18n/language-context';

export const reportMessages = {
  title: ['月报', 'Monthly report'],
  subtitle: [
    '按月报送本机关出庭应诉情况；已报送的月报不可修改，更正即提交新版本',
    'Report the month; a correction is a new revision',
  ],
  agency: ['机关', 'Agency'],
  month: ['月份', 'Month'],
  chooseAgency: ['请先选择机关', 'Choose an agency first'],
  formTitle: ['{agency} {year}年{month}月 月报', '{agency} — {year}-{month}'],
  prefilled: [
    '数字已按系统记录预先填好。如与本机关台账不一致，可以修改，但须在说明中写明原因。',
    'Figures are pre-filled from the system. You may change them, but then explain why.',
  ],
  alreadySubmitted: [
    '本月已报送第 {revision} 版。再次提交将作为更正，生成第 {next} 版。',
    'Revision {revision} was submitted. Submitting again makes revision {next}.',
  ],
  systemValue: ['系统：{value}', 'System: {value}'],
  differs: ['与系统不一致', 'Differs from the system'],
  comment: ['说明', 'Comment'],
  commentRequired: ['填报数字与系统记录不一致，请说明原因', 'The figures differ from the system’s: say why'],
  commentPlaceholder: [
    '例如：3月12日开庭的案件法院尚未推送出庭记录……',
    'E.g. the court has not yet pushed the 12 March hearing…',
  ],
  notMoreThan: ['不能大于“{other}”', 'Cannot exceed “{other}”'],
  submit: ['报送', 'Submit'],
  submitted: ['已报送第 {revision} 版', 'Revision {revision} submitted'],
  revisions: ['已报送的版本', 'Submitted revisions'],
  revision: ['版本', 'Revision'],
  submittedAt: ['报送时间', 'Submitted'],
  noRevisions: ['本月尚未报送', 'Not reported yet for this month'],
  latest: ['现行', 'Current'],
  reconciliationTitle: ['与法院比对', 'Reconciliation with the court'],
  reconciliationSubtitle: [
    '逐机关、逐案比对月报、系统记录与法院推送的出庭记录',
    'Declared figures, system figures and the court’s records, agency by agency and case by case',
  ],
  notReported: ['未报送的机关（{count}）', 'Not reported ({count})'],
  allReported: ['所有机关均已报送', 'Every agency has reported'],
  figureDifferences: ['填报数字与系统不一致（{count}）', 'Declared figures that differ ({count})'],
  noFigureDifferences: ['已报送机关的数字与系统一致', 'Every declared figure matches the system'],
  caseDisagreements: ['出庭记录与法院不一致（{count}）', 'Appearance records that disagree ({count})'],
  noCaseDisagreements: ['机关记录与法院记录一致', 'The agencies’ and the court’s records agree'],
  figure: ['项目', 'Figure'],
  differences: ['差异明细', 'Differences'],
  declared: ['填报', 'Declared'],
  system: ['系统', 'System'],
  difference: ['差额', 'Difference'],
  caseNumber: ['案号', 'Case'],
  hearingAt: ['开庭时间', 'Hearing'],
  official: ['出庭人员', 'Official'],
  disagreement: ['分歧', 'Disagreement'],
  agencyRecord: ['机关记录', 'Agency’s record'],
  courtRecord: ['法院记录', 'Court’s record'],
  none: ['无记录', 'None'],
  spoke: ['出声', 'spoke'],
  silent: ['未出声', 'silent'],
  leftEarly: ['中途退庭', 'left early'],
  reportsLink: ['填报月报', 'File a report'],
} as const satisfies Messages;

export const figureMessages = {
  noticesReceived: ['收到出庭通知', 'Notices received'],
  noticesAttendedByHead: ['负责人出庭的通知', 'Notices attended by a head'],
  casesHeard: ['开庭审理案件', 'Cases heard'],
  casesHeardWithHead: ['负责人出庭案件', 'Cases heard with a head'],
  casesConcluded: ['审结案件', 'Cases concluded'],
  decisionsChanged: ['被改变决定（败诉）', 'Decisions changed (lost)'],
} as const satisfies Messages;

export const disagreementMessages = {
  COURT_ONLY: ['仅法院记录出庭', 'Only the court records it'],
  AGENCY_ONLY: ['仅机关记录出庭', 'Only the agency records it'],
  DIFFERENT_DETAILS: ['双方记录细节不同', 'Details differ'],
} as const satisfies Messages;
