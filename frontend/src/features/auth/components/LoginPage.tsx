import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useLogin, type LoginRequest } from '../api/login';
import { authMessages } from '../messages';
import { safeNext } from './safe-next';

export function LoginPage() {
  const t = useMessages(authMessages);
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const login = useLogin();
  const [failure, setFailure] = useState<string>();

  const submit = async (values: LoginRequest) => {
    setFailure(undefined);
    try {
      await login.mutateAsync({ username: values.username.trim(), password: values.password });
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setFailure(t('badCredentials'));
      else if (error instanceof ApiError && error.status === 429) setFailure(t('tooMany', { minutes: 15 }));
      else setFailure(errorMessage(error, lang));
    }
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', background: '#eef2f8' }}>
      <Card style={{ width: 380 }} styles={{ body: { padding: 32 } }}>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <img src="/favicon.svg" alt="" width={44} height={44} />
          <Typography.Title level={3} style={{ margin: '8px 0 0' }}>
            {t('appName')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('appSubtitle')}</Typography.Text>
        </Flex>
        {params.get('expired') ? (
          <Alert type="warning" showIcon title={t('expired')} style={{ marginBottom: 16 }} />
        ) : null}
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
        <Form<LoginRequest> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('username')}
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('required') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
