import type { Messages } from '@/lib/i18n/language-context';

export const agencyMessages = {
  title: ['行政机关', 'Agencies'],
  subtitle: ['区政府、区政府部门与镇街', 'The district government, its departments and towns'],
  code: ['机关编码', 'Code'],
  name: ['机关名称', 'Name'],
  kind: ['类别', 'Kind'],
  parent: ['上级机关', 'Parent agency'],
  searchPlaceholder: ['搜索名称或编码', 'Search name or code'],
  kindPlaceholder: ['全部类别', 'All kinds'],
  createTitle: ['新建行政机关', 'New agency'],
  editTitle: ['编辑行政机关', 'Edit agency'],
  created: ['已新建机关“{name}”', 'Agency “{name}” created'],
  updated: ['已保存机关“{name}”', 'Agency “{name}” saved'],
  deleted: ['已删除机关“{name}”', 'Agency “{name}” deleted'],
  deleteBody: [
    '删除后无法恢复。仍有人员或案件关联的机关不能删除。',
    'This cannot be undone. An agency that officials or cases refer to cannot be deleted.',
  ],
  codeHelp: ['唯一编码，如 YB-GOV；保存后不能修改', 'A unique code such as YB-GOV; it cannot change later'],
  codeFormat: ['只能包含字母、数字和 - _ .', 'Letters, digits, - _ . only'],
  required: ['必填', 'Required'],
  officials: ['人员', 'Officials'],
  empty: ['还没有行政机关', 'No agencies yet'],
} as const satisfies Messages;
