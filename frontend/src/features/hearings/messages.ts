import type { Messages } from '@/lib/i18n/language-context';

export const hearingMessages = {
  add: ['新增开庭', 'Add a hearing'],
  addTitle: ['新增开庭', 'Add a hearing'],
  editTitle: ['编辑开庭（{at}）', 'Edit the hearing ({at})'],
  scheduledAt: ['开庭时间', 'Time'],
  status: ['开庭状态', 'Status'],
  statusHelp: [
    '按实际情况选择：已开庭的，被告机关负责人即负有出庭义务。',
    'As it is: a held hearing is one the heads had to attend.',
  ],
  required: ['必填', 'Required'],
  chooseStatus: ['请选择开庭状态', 'Choose the status'],
  added: ['已新增 {at} 的开庭', 'Hearing of {at} added'],
  saved: ['已保存 {at} 的开庭', 'Hearing of {at} saved'],
  cancel: ['取消开庭', 'Cancel the hearing'],
  cancelTitle: ['确认取消 {at} 的开庭？', 'Cancel the hearing of {at}?'],
  cancelBody: [
    '取消后本次开庭不再计入出庭义务；已登记的通知书、出庭与委托仍保留。操作记入审计日志。',
    'It no longer counts as a duty; what was recorded at it stays. The change is audited.',
  ],
  cancelConfirm: ['取消开庭', 'Cancel it'],
  keep: ['不取消', 'Keep'],
  cancelled: ['已取消 {at} 的开庭', 'Hearing of {at} cancelled'],
  hearingOf: ['{at} 的开庭', 'the hearing of {at}'],
  deleteBody: [
    '仅用于删除误录的开庭；已登记通知书、出庭或委托的，请改为取消开庭。操作记入审计日志。',
    'Only for a hearing entered in error; one with records at it is cancelled instead. Audited.',
  ],
  deleted: ['已删除 {at} 的开庭', 'Hearing of {at} deleted'],
} as const satisfies Messages;
