import { App, Form, Input, Typography } from 'antd';
import { FormModal } from '@/components/FormModal';
import { useMessages } from '@/lib/i18n/language-context';
import { useChangePassword } from '../api/change-password';
import { authMessages } from '../messages';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

const MINIMUM_LENGTH = 10;

/** The server's password rules, checked first so that the person learns them before sending. */
export function ChangePasswordModal({
  open,
  username,
  onClose,
}: {
  open: boolean;
  username?: string;
  onClose: () => void;
}) {
  const t = useMessages(authMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();

  const submit = async (v: Values) => {
    await change.mutateAsync({ currentPassword: v.currentPassword, newPassword: v.newPassword });
    message.success(t('changed'));
  };

  return (
    <FormModal<Values> title={t('changePassword')} open={open} form={form} onSubmit={submit} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('passwordRules')}</Typography.Paragraph>
      <Form.Item
        name="currentPassword"
        label={t('currentPassword')}
        rules={[{ required: true, message: t('required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('newPassword')}
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: t('required') },
          { min: MINIMUM_LENGTH, message: t('tooShort') },
          {
            validator: (_, value: string | undefined) =>
              value && username && value.toLowerCase().includes(username.toLowerCase())
                ? Promise.reject(new Error(t('containsUsername')))
                : Promise.resolve(),
          },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              value && value === getFieldValue('currentPassword')
                ? Promise.reject(new Error(t('sameAsOld')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeatPassword"
        label={t('repeatPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('required') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
