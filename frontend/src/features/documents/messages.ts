import type { Messages } from '@/lib/i18n/language-context';

export const documentMessages = {
  title: ['材料', 'Documents'],
  upload: ['上传材料', 'Upload'],
  kind: ['材料类型', 'Kind'],
  accepted: ['支持 PDF、图片和文字文档，单个不超过 10 兆字节', 'PDF, PNG, JPG or Word (.docx), up to 10 MB each'],
  uploaded: ['已上传“{name}”', 'Uploaded “{name}”'],
  uploadFailed: ['“{name}”上传失败：{reason}', '“{name}” failed: {reason}'],
  download: ['下载', 'Download'],
  preview: ['预览', 'Preview'],
  delete: ['删除', 'Delete'],
  deleteTitle: ['删除“{name}”？', 'Delete “{name}”?'],
  deleted: ['已删除', 'Deleted'],
  empty: ['尚无材料', 'No documents yet'],
  size: ['大小', 'Size'],
  uploadedAt: ['上传时间', 'Uploaded'],
  pending: ['提交后上传：', 'Uploaded on submit:'],
  pick: ['选择文件', 'Choose files'],
  remove: ['移除', 'Remove'],
  sha256: ['SHA-256', 'SHA-256'],
} as const satisfies Messages;

export const documentKindMessages = {
  DELEGATION_LETTER: ['授权委托书', 'Delegation letter'],
  IDENTITY_PROOF: ['身份证明', 'Identity proof'],
  JUDGMENT: ['裁判文书', 'Judgment'],
  RESPONSE: ['回复函', 'Response'],
  EVIDENCE: ['证据材料', 'Evidence'],
  OTHER: ['其他', 'Other'],
  AGREEMENT: ['协议书', 'Agreement'],
} as const satisfies Messages;
