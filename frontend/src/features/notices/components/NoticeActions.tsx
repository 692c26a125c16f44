import { FileAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { RowActions } from '@/components/RowActions';
import type { Schema } from '@/lib/api/types';
import { useMe } from '@/lib/auth/use-me';
import { actsFor, may } from '@/lib/auth/permissions';
import { useMessages } from '@/lib/i18n/language-context';
import { useDeleteNotice } from '../api/change-notice';
import { noticeMessages } from '../messages';
import { EditNoticeModal, RegisterNoticeModal } from './NoticeModals';
import type { Notice } from '../api/change-notice';

/** 登记通知书 at a hearing, for the defendants the caller acts for; nothing when there are none. */
export function RegisterNoticeButton({
  hearingId,
  defendants,
}: {
  hearingId: number;
  defendants: Schema<'Defendant'>[];
}) {
  const t = useMessages(noticeMessages);
  const me = useMe().data;
  const [open, setOpen] = useState(false);
  const mine = defendants.filter((d) => actsFor(me, d.code));
  if (!may(me, 'createNotice') || mine.length === 0) return null;
  return (
    <>
      <Button size="small" icon={<FileAddOutlined />} onClick={() => setOpen(true)}>
        {t('register')}
      </Button>
      {open ? <RegisterNoticeModal hearingId={hearingId} defendants={mine} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** 编辑 (the court, the bureau) and 删除 (the bureau) of a registered notice. */
export function NoticeActions({ notice }: { notice: Notice }) {
  const t = useMessages(noticeMessages);
  const me = useMe().data;
  const [editing, setEditing] = useState(false);
  const remove = useDeleteNotice();
  if (!may(me, 'updateNotice')) return null;
  const number = notice.number ?? '';
  return (
    <>
      <RowActions
        name={t('noticeOf', { number })}
        onEdit={() => setEditing(true)}
        onDelete={may(me, 'deleteNotice') ? () => remove.mutateAsync(notice.id!) : undefined}
        deleteBody={t('deleteBody')}
        deletedMessage={t('deleted', { number })}
      />
      {editing ? <EditNoticeModal notice={notice} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
