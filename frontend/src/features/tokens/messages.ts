import type { Messages } from '@/lib/i18n/language-context';

export const tokenMessages = {
  title: ['API令牌', 'API tokens'],
  subtitle: [
    '供法院系统推送案件、统计脚本读取数据使用；令牌只在创建时显示一次',
    'For the court’s system and statistics scripts; a token is shown once, when created',
  ],
  create: ['新建令牌', 'New token'],
  includeInactive: ['显示已停用和已过期的', 'Show revoked and expired'],
  name: ['名称', 'Name'],
  namePlaceholder: ['例如：渝北区法院 立案系统', 'E.g. the district court’s filing system'],
  role: ['角色', 'Role'],
  agency: ['限定机关', 'Agency'],
  agencyRequired: ['机关用户令牌须限定一个机关', 'An AGENCY token needs its agency'],
  court: ['所属法院', 'Court'],
  courtPlaceholder: ['例如：重庆市渝北区人民法院', 'E.g. 重庆市渝北区人民法院'],
  courtHelp: [
    '与案件中的法院名称完全一致；此令牌只能推送和查看该法院的案件',
    'As cases name it; the token pushes and reads that court’s cases only',
  ],
  courtRequired: ['法院令牌须填写所属法院', 'A COURT token needs its court'],
  expiresAt: ['有效期至', 'Expires'],
  noExpiry: ['长期有效', 'No expiry'],
  expiresInPast: ['有效期须晚于现在', 'Must be in the future'],
  hint: ['令牌开头', 'Starts with'],
  lastUsedAt: ['最近使用', 'Last used'],
  createdBy: ['创建人', 'Created by'],
  status: ['状态', 'Status'],
  never: ['从未使用', 'Never'],
  revoke: ['停用', 'Revoke'],
  revokeTitle: ['停用令牌“{name}”？', 'Revoke “{name}”?'],
  revokeBody: ['停用后，使用此令牌的系统将立即无法访问。', 'Systems using it lose access at once.'],
  revoked: ['已停用令牌', 'Token revoked'],
  createdTitle: ['令牌已创建', 'Token created'],
  createdBody: [
    '请立即复制并妥善保存此令牌。关闭此窗口后将无法再次查看；如遗失，请停用后重新创建。',
    'Copy and store it now. It cannot be shown again; if lost, revoke it and create another.',
  ],
  copied: ['已复制', 'Copied'],
  done: ['我已保存', 'I have stored it'],
  usage: ['调用接口时在请求头中携带：', 'Send it with each request as:'],
  required: ['必填', 'Required'],
  empty: ['没有有效的令牌', 'No active tokens'],
} as const satisfies Messages;

export const tokenStatusMessages = {
  ACTIVE: ['有效', 'Active'],
  EXPIRED: ['已过期', 'Expired'],
  REVOKED: ['已停用', 'Revoked'],
} as const satisfies Messages;

export const tokenRoleMessages = {
  ADMIN: ['司法局（全部权限）', 'Bureau (everything)'],
  AGENCY: ['机关用户', 'Agency'],
  COURT: ['法院（推送案件）', 'Court (intake)'],
  READER: ['只读（统计数据）', 'Reader (statistics)'],
} as const satisfies Messages;
