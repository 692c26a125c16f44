import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { RowActions } from '@/components/RowActions';
import { errorMessage } from '@/lib/api/problem';
import { useMay } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/format';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useDeleteHearing, useUpdateHearing, type Hearing } from '../api/change-hearing';
import { hearingMessages } from '../messages';
import { HearingModal } from './HearingModal';

/** 新增开庭 on a case page, for those who may schedule hearings (the court and the bureau). */
export function AddHearingButton({ caseId }: { caseId: number }) {
  const t = useMessages(hearingMessages);
  const may = useMay();
  const [open, setOpen] = useState(false);
  if (!may('createHearing')) return null;
  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('add')}
      </Button>
      {open ? <HearingModal caseId={caseId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** 编辑, 取消开庭 and (for the bureau) 删除 of one hearing, each offered only to those who may. */
export function HearingActions({ hearing }: { hearing: Hearing }) {
  const t = useMessages(hearingMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const may = useMay();
  const [editing, setEditing] = useState(false);
  const update = useUpdateHearing();
  const remove = useDeleteHearing();
  if (!may('updateHearing')) return null;
  const at = formatDateTime(hearing.scheduledAt);
  const cancel = () =>
    update
      .mutateAsync({
        id: hearing.id!,
        version: hearing.version ?? 0,
        body: { scheduledAt: hearing.scheduledAt!, status: 'CANCELLED' },
      })
      .then(() => message.success(t('cancelled', { at })))
      .catch((error: unknown) => message.error(errorMessage(error, lang)));
  const cancelButton =
    hearing.status === 'CANCELLED' ? null : (
      <Popconfirm
        title={t('cancelTitle', { at })}
        description={t('cancelBody')}
        okText={t('cancelConfirm')}
        cancelText={t('keep')}
        okButtonProps={{ danger: true }}
        onConfirm={cancel}
      >
        <Button type="link" size="small" icon={<StopOutlined />}>
          {t('cancel')}
        </Button>
      </Popconfirm>
    );
  return (
    <>
      <RowActions
        name={t('hearingOf', { at })}
        before={cancelButton}
        onEdit={() => setEditing(true)}
        onDelete={may('deleteHearing') ? () => remove.mutateAsync(hearing.id!) : undefined}
        deleteBody={t('deleteBody')}
        deletedMessage={t('deleted', { at })}
      />
      {editing ? <HearingModal caseId={hearing.caseId!} hearing={hearing} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
