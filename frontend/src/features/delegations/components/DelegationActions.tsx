import { App, Button, Form, Popconfirm, Space } from 'antd';
import { EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { FormModal } from '@/components/FormModal';
import { errorMessage } from '@/lib/api/problem';
import type { Schema } from '@/lib/api/types';
import { actsFor, may } from '@/lib/auth/permissions';
import { useMe } from '@/lib/auth/use-me';
import { formatDate } from '@/lib/format';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUpdateDelegation, useWithdrawDelegation } from '../api/change-delegation';
import { delegationMessages } from '../messages';
import { DelegationFields, type DelegationDetails } from './DelegationFields';

type Delegation = Schema<'Delegation'>;

/**
 * 编辑 and 撤回 of a delegation still awaiting the bureau's review, for its agency and the bureau. Once reviewed it
 * stands as decided, and nothing is offered.
 */
export function DelegationActions({ delegation }: { delegation: Delegation }) {
  const t = useMessages(delegationMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const me = useMe().data;
  const [editing, setEditing] = useState(false);
  const withdraw = useWithdrawDelegation();
  const pending = delegation.status === 'SUBMITTED' && !delegation.reviewedAt;
  if (!pending || !may(me, 'updateDelegation') || !actsFor(me, delegation.agencyCode)) return null;
  return (
    <Space size={0} style={{ marginTop: 8 }}>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
        {t('edit')}
      </Button>
      {may(me, 'deleteDelegation') ? (
        <Popconfirm
          title={t('withdrawTitle')}
          description={t('withdrawBody')}
          okText={t('withdraw')}
          cancelText={t('keep')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            withdraw
              .mutateAsync(delegation.id!)
              .then(() => message.success(t('withdrawn')))
              .catch((error: unknown) => message.error(errorMessage(error, lang)))
          }
        >
          <Button type="link" size="small" danger icon={<RollbackOutlined />}>
            {t('withdraw')}
          </Button>
        </Popconfirm>
      ) : null}
      {editing ? <EditDelegationModal delegation={delegation} onClose={() => setEditing(false)} /> : null}
    </Space>
  );
}

function EditDelegationModal({ delegation, onClose }: { delegation: Delegation; onClose: () => void }) {
  const t = useMessages(delegationMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<DelegationDetails>();
  const update = useUpdateDelegation();
  const submit = async (values: DelegationDetails) => {
    await update.mutateAsync({
      id: delegation.id!,
      version: delegation.version ?? 0,
      body: { ...values, reason: values.reason.trim() },
    });
    message.success(t('updated'));
  };
  return (
    <FormModal<DelegationDetails>
      title={t('editTitle', { agency: delegation.agencyName ?? '' })}
      open
      width={640}
      form={form}
      initialValues={{
        reasonCategory: delegation.reasonCategory,
        reason: delegation.reason,
        delegateOfficialCode: delegation.delegateOfficialCode,
      }}
      onSubmit={submit}
      onClose={onClose}
    >
      <DelegationFields agencyCode={delegation.agencyCode} hearingDate={formatDate(delegation.hearingScheduledAt)} />
    </FormModal>
  );
}
