import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage } from '@/lib/api/problem';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';

/**
 * A directory row's 编辑 and 删除: delete asks first, names the record, says what deleting does (`deleteBody`),
 * and reports the server's answer — a refusal (the record is still in use) in plain Chinese.
 */
export function RowActions({
  name,
  onEdit,
  onDelete,
  deleteBody,
  deletedMessage,
  before,
}: {
  name: string;
  onEdit: () => void;
  /** Left out where the caller may edit but not delete. */
  onDelete?: () => Promise<unknown>;
  deleteBody?: ReactNode;
  deletedMessage?: string;
  /** Links shown before 编辑 (an agency's 人员). */
  before?: ReactNode;
}) {
  const c = useMessages(commonMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  return (
    <Space size={0} wrap>
      {before}
      <Button type="link" size="small" icon={<EditOutlined />} onClick={onEdit}>
        {c('edit')}
      </Button>
      {onDelete ? (
        <Popconfirm
          title={c('confirmDeleteTitle', { name })}
          description={deleteBody}
          okText={c('delete')}
          cancelText={c('cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            onDelete()
              .then(() => message.success(deletedMessage))
              .catch((error: unknown) => message.error(errorMessage(error, lang)))
          }
        >
          <Button type="link" size="small" danger icon={<DeleteOutlined />}>
            {c('delete')}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
