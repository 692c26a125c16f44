import type { Messages } from '@/lib/i18n/language-context';

export const authMessages = {
  title: ['登录', 'Log in'],
  appName: ['应诉', 'Yingsu'],
  appSubtitle: ['行政机关负责人出庭应诉管理', 'Agency heads in court'],
  username: ['用户名', 'Username'],
  password: ['密码', 'Password'],
  submit: ['登录', 'Log in'],
  required: ['必填', 'Required'],
  badCredentials: ['用户名或密码不正确', 'Wrong username or password'],
  tooMany: ['登录失败次数过多，请 {minutes} 分钟后再试', 'Too many failed attempts; try again in {minutes} min'],
  expired: ['登录已失效，请重新登录', 'Your session has ended; please log in again'],
  changePassword: ['修改密码', 'Change password'],
  currentPassword: ['当前密码', 'Current password'],
  newPassword: ['新密码', 'New password'],
  repeatPassword: ['再次输入新密码', 'Repeat the new password'],
  passwordRules: [
    '至少 10 个字符，不能包含用户名；修改后其他设备上的登录将失效。',
    'At least 10 characters, not containing the username; other sessions are ended.',
  ],
  tooShort: ['至少 10 个字符', 'At least 10 characters'],
  containsUsername: ['不能包含用户名', 'Must not contain the username'],
  mismatch: ['两次输入的新密码不一致', 'The new passwords differ'],
  sameAsOld: ['新密码不能与当前密码相同', 'Choose a password different from the current one'],
  wrongCurrent: ['当前密码不正确', 'The current password is wrong'],
  changed: ['密码已修改', 'Password changed'],
  logout: ['退出登录', 'Log out'],
  loggedOut: ['已退出登录', 'Logged out'],
} as const satisfies Messages;

export const roleMessages = {
  ADMIN: ['司法局', 'Bureau'],
  AGENCY: ['机关用户', 'Agency'],
  COURT: ['法院', 'Court'],
  READER: ['只读', 'Reader'],
} as const satisfies Messages;
