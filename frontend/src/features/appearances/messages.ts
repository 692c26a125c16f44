import type { Messages } from '@/lib/i18n/language-context';

export const appearanceMessages = {
  title: ['登记出庭情况', 'Record an appearance'],
  hearing: ['开庭', 'Hearing'],
  agency: ['出庭机关', 'Agency'],
  official: ['出庭人员', 'Official present'],
  officialHelp: [
    '本机关在本次庭审到庭的人员；负责人之外的人员也可登记。',
    'Anyone of the agency present; not only heads.',
  ],
  spoke: ['是否出声', 'Spoke in court'],
  spokeYes: ['出声（陈述、答辩、辩论）', 'Spoke (stated, answered, debated)'],
  spokeNo: ['未出声', 'Did not speak'],
  leftEarly: ['未经法庭许可中途退庭', 'Left without the court’s leave'],
  identityStatus: ['身份证明核验', 'Identity proof'],
  submit: ['登记', 'Record'],
  recorded: ['已登记 {name} 的出庭情况', 'Appearance of {name} recorded'],
  required: ['必填', 'Required'],
  appearanceOf: ['{name} 的出庭记录', 'the appearance of {name}'],
  correctTitle: ['更正 {name} 的出庭情况', 'Correct the appearance of {name}'],
  deleteBody: [
    '删除后本次庭审不再记录此人出庭，出庭率随之重算；操作记入审计日志。',
    'The hearing no longer records this person; the figures are recomputed; the change is audited.',
  ],
  deleted: ['已删除 {name} 的出庭记录', 'Appearance of {name} deleted'],
  chooseSpoke: ['请选择是否出声', 'Say whether the official spoke'],
  chooseIdentity: ['请选择身份证明核验结果', 'Say how the identity proof was checked'],
  notHeld: [
    '只能为已开庭的庭审登记出庭情况；本次开庭状态为“{status}”。',
    'Appearances can only be recorded at a hearing that was held; this one is “{status}”.',
  ],
  notAHead: [
    '{name} 是“{role}”，不是负责人：可以登记，但不计为负责人出庭。',
    '{name} is “{role}”, not a head: recorded, but it does not count as the head appearing.',
  ],
  notInPost: [
    '{name} 在开庭当日（{date}）不在任：可以登记，但不计为负责人出庭。',
    '{name} was not in post on the hearing date ({date}): recorded, but it does not count.',
  ],
  rejectedProof: ['身份证明未通过核验的，视为未出庭。', 'A rejected identity proof counts as absent.'],
  silentWarning: [
    '负责人出庭不出声的，将被标记为“出庭不出声”。',
    'A head who did not speak is flagged as a silent appearance.',
  ],
} as const satisfies Messages;
