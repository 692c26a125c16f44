import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Me } from '@/lib/auth/use-me';
import { useMessages } from '@/lib/i18n/language-context';
import { useLogout } from '../api/logout';
import { authMessages, roleMessages } from '../messages';
import { ChangePasswordModal } from './ChangePasswordModal';

/** The header's account menu: who is signed in, password change, logout. */
export function UserMenu({ me, compact = false }: { me: Me; compact?: boolean }) {
  const t = useMessages(authMessages);
  const r = useMessages(roleMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const logout = useLogout();
  const [changing, setChanging] = useState(false);

  return (
    <>
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        autoAdjustOverflow
        menu={{
          items: [
            ...(me.kind === 'USER'
              ? [
                  {
                    key: 'password',
                    icon: <KeyOutlined />,
                    label: t('changePassword'),
                    onClick: () => setChanging(true),
                  },
                ]
              : []),
            {
              key: 'logout',
              icon: <LogoutOutlined />,
              label: t('logout'),
              onClick: () =>
                logout.mutate(undefined, {
                  onSettled: () => {
                    message.success(t('loggedOut'));
                    navigate('/login', { replace: true });
                  },
                }),
            },
          ],
        }}
      >
        <Button type="text" aria-label={me.displayName ?? me.username}>
          <Space size={6}>
            <UserOutlined />
            <span
              style={
                compact
                  ? { maxWidth: 120, overflow: 'hidden', textOverflow: 'ellipsis', display: 'inline-block' }
                  : undefined
              }
            >
              {me.displayName ?? me.username}
            </span>
            {me.role && !compact ? <Tag color={me.role === 'ADMIN' ? 'blue' : 'default'}>{r(me.role)}</Tag> : null}
            <DownOutlined style={{ fontSize: 10 }} />
          </Space>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changing} username={me.username ?? undefined} onClose={() => setChanging(false)} />
    </>
  );
}
