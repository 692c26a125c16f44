import { App, Form, Typography } from 'antd';
import { FormModal } from '@/components/FormModal';
import { OfficialSelect } from '@/components/OfficialSelect';
import { formatDateTime } from '@/lib/format';
import { useMessages } from '@/lib/i18n/language-context';
import { useConfirmHead } from '../api/confirm-head';
import type { HearingWarning } from '../api/get-warnings';
import { warningMessages } from '../messages';

interface Values {
  officialCode: string;
}

const HEAD_ROLES = ['PRINCIPAL', 'DEPUTY', 'OTHER_LEADER'] as const;

/** Names the head who will appear at the warned hearing; staff and lawyers are not offered (R1). */
export function ConfirmHeadModal({ warning, onClose }: { warning?: HearingWarning; onClose: () => void }) {
  const t = useMessages(warningMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const confirm = useConfirmHead();

  const submit = async (values: Values) => {
    const saved = await confirm.mutateAsync({
      hearingId: warning!.hearingId!,
      agencyCode: warning!.agencyCode!,
      officialCode: values.officialCode,
    });
    message.success(t('saved', { name: saved.officialName ?? values.officialCode }));
  };

  return (
    <FormModal<Values>
      title={t('confirmTitle')}
      open={!!warning}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={t('confirm')}
    >
      <Typography.Paragraph type="secondary">
        {t('confirmSummary', {
          agency: warning?.agencyName ?? warning?.agencyCode ?? '',
          case: warning?.caseNumber ?? '',
          at: formatDateTime(warning?.scheduledAt),
        })}
      </Typography.Paragraph>
      <Form.Item
        name="officialCode"
        label={t('head')}
        extra={t('headHelp')}
        rules={[{ required: true, message: t('required') }]}
      >
        <OfficialSelect agencyCode={warning?.agencyCode} roles={[...HEAD_ROLES]} />
      </Form.Item>
    </FormModal>
  );
}
