import type { Messages } from '@/lib/i18n/language-context';

export const noticeMessages = {
  register: ['登记通知书', 'Register a notice'],
  registerTitle: ['登记送达的出庭通知书', 'Register a served appearance notice'],
  editTitle: ['更正通知书 {number} 的送达日期', 'Correct the service date of notice {number}'],
  agency: ['被通知机关', 'Agency served'],
  number: ['通知书文号', 'Notice number'],
  numberHelp: ['按通知书上的文号填写。', 'As printed on the notice.'],
  servedOn: ['送达日期', 'Served on'],
  servedOnHelp: [
    '机关实际收到通知书的日期；距开庭不足三日的，记为“{late}”。',
    'The day the agency received it; fewer than three days before the hearing is “{late}”.',
  ],
  required: ['必填', 'Required'],
  registered: ['已登记通知书 {number}', 'Notice {number} registered'],
  saved: ['已更正通知书 {number}', 'Notice {number} corrected'],
  noticeOf: ['通知书 {number}', 'notice {number}'],
  deleteBody: [
    '仅用于删除误录的通知书；删除后本次开庭的出庭义务随之重算。操作记入审计日志。',
    'Only for a notice entered in error; the hearing’s duty is recomputed. Audited.',
  ],
  deleted: ['已删除通知书 {number}', 'Notice {number} deleted'],
} as const satisfies Messages;
