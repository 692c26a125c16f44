import { App, Button, Form, List, Popconfirm, Radio, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { FormModal } from '@/components/FormModal';
import { errorMessage } from '@/lib/api/problem';
import type { Schema } from '@/lib/api/types';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages, type Messages } from '@/lib/i18n/language-context';

/** An official invited to something the bureau organises (a hearing observation, a training) and whether they came. */
export interface Invitee {
  officialCode?: string;
  officialName?: string;
  officialTitle?: string;
  role?: Schema<'OfficialRole'>;
  agencyName?: string;
  attendance?: 'INVITED' | 'ATTENDED' | 'ABSENT';
}

const inviteeMessages = {
  INVITED: ['已邀请', 'Invited'],
  ATTENDED: ['出席', 'Attended'],
  ABSENT: ['缺席', 'Absent'],
  withdraw: ['撤回邀请', 'Withdraw'],
  withdrawTitle: ['撤回对 {name} 的邀请？', 'Withdraw the invitation of {name}?'],
  withdrawn: ['已撤回邀请', 'Invitation withdrawn'],
  required: ['必填', 'Required'],
} as const satisfies Messages;

const ATTENDANCE_COLORS: Record<string, string> = { INVITED: 'processing', ATTENDED: 'success', ABSENT: 'error' };

/** The invitees with their attendance; those not yet recorded may be withdrawn when {@code onWithdraw} is given. */
export function InviteeList({
  invitees,
  emptyText,
  onWithdraw,
}: {
  invitees: Invitee[];
  emptyText: ReactNode;
  onWithdraw?: (officialCode: string) => Promise<unknown>;
}) {
  const t = useMessages(inviteeMessages);
  const label = useEnumLabel();
  const { lang } = useLanguage();
  const { message } = App.useApp();
  return (
    <List
      size="small"
      style={{ paddingInline: 8 }}
      dataSource={invitees}
      locale={{ emptyText }}
      renderItem={(i) => (
        <List.Item
          actions={
            onWithdraw && i.attendance === 'INVITED'
              ? [
                  <Popconfirm
                    key="withdraw"
                    title={t('withdrawTitle', { name: i.officialName ?? '' })}
                    onConfirm={() =>
                      onWithdraw(i.officialCode!).then(
                        () => message.success(t('withdrawn')),
                        (e) => message.error(errorMessage(e, lang)),
                      )
                    }
                  >
                    <Button type="link" size="small">
                      {t('withdraw')}
                    </Button>
                  </Popconfirm>,
                ]
              : []
          }
        >
          <Space>
            <Typography.Text strong>{i.officialName}</Typography.Text>
            <Typography.Text type="secondary">
              {i.officialTitle ? `${i.officialTitle} · ` : ''}
              {label('OfficialRole', i.role)} · {i.agencyName}
            </Typography.Text>
            <Tag color={ATTENDANCE_COLORS[i.attendance ?? 'INVITED']}>{t(i.attendance ?? 'INVITED')}</Tag>
          </Space>
        </List.Item>
      )}
    />
  );
}

type Mark = 'ATTENDED' | 'ABSENT' | undefined;

/** After the event: each invitee came or did not; those left unmarked stay as they were. */
export function AttendanceModal({
  title,
  help,
  invitees,
  open,
  onSave,
  onClose,
}: {
  title: ReactNode;
  help: ReactNode;
  invitees: Invitee[];
  open: boolean;
  onSave: (attendance: { officialCode: string; attended: boolean }[]) => Promise<unknown>;
  onClose: () => void;
}) {
  const t = useMessages(inviteeMessages);
  const [form] = Form.useForm<{ marks: Mark[] }>();

  const submit = async (v: { marks: Mark[] }) => {
    await onSave(
      invitees
        .map((invitee, index) => ({ officialCode: invitee.officialCode!, mark: v.marks?.[index] }))
        .filter((entry) => entry.mark)
        .map((entry) => ({ officialCode: entry.officialCode, attended: entry.mark === 'ATTENDED' })),
    );
  };

  return (
    <FormModal<{ marks: Mark[] }>
      title={title}
      open={open}
      form={form}
      width={600}
      initialValues={{
        marks: invitees.map((i) => (i.attendance === 'INVITED' ? undefined : (i.attendance as Mark))),
      }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      {invitees.map((invitee, index) => (
        <Form.Item
          key={invitee.officialCode}
          name={['marks', index]}
          label={
            <Space size={4}>
              {invitee.officialName}
              <Typography.Text type="secondary">
                {invitee.officialTitle ? `${invitee.officialTitle} · ` : ''}
                {invitee.agencyName}
              </Typography.Text>
            </Space>
          }
          rules={[{ required: true, message: t('required') }]}
        >
          <Radio.Group
            options={[
              { value: 'ATTENDED', label: t('ATTENDED') },
              { value: 'ABSENT', label: t('ABSENT') },
            ]}
          />
        </Form.Item>
      ))}
    </FormModal>
  );
}
