import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileTextOutlined,
  KeyOutlined,
  TeamOutlined,
  TranslationOutlined,
} from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Spin, Typography, theme, type MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { appMessages } from '../messages';

const { Sider, Header, Content } = Layout;

/** The menu key of a path: its first segment, so that /cases/12 keeps 案件 selected. */
function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return `/${first}`;
}

export function AppLayout() {
  const t = useMessages(appMessages);
  const { lang, setLang } = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();

  const items: MenuProps['items'] = [
    { key: '/', icon: <DashboardOutlined />, label: t('navDashboard') },
    { key: '/cases', icon: <FileTextOutlined />, label: t('navCases') },
    { key: '/delegations', icon: <AuditOutlined />, label: t('navDelegations') },
    { key: '/compliance', icon: <BarChartOutlined />, label: t('navCompliance') },
    {
      key: 'directory',
      icon: <BankOutlined />,
      label: t('navDirectory'),
      children: [
        { key: '/agencies', icon: <BankOutlined />, label: t('navAgencies') },
        { key: '/officials', icon: <TeamOutlined />, label: t('navOfficials') },
      ],
    },
    { key: '/imports', icon: <CloudUploadOutlined />, label: t('navImports') },
    { key: '/tokens', icon: <KeyOutlined />, label: t('navTokens') },
  ];

  const key = selectedKey(location.pathname);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={216} breakpoint="lg">
        {/* The sider spans the page's height; its content stays in view while the page scrolls. */}
        <div style={{ position: 'sticky', top: 0 }}>
          <Flex
            align="center"
            gap={10}
            style={{ height: 56, padding: collapsed ? '0 24px' : '0 20px', color: '#fff', whiteSpace: 'nowrap' }}
          >
            <img src="/favicon.svg" alt="" width={28} height={28} />
            {collapsed ? null : (
              <Flex vertical style={{ lineHeight: 1.2 }}>
                <span style={{ fontSize: 18, fontWeight: 600 }}>{t('appName')}</span>
                <span style={{ fontSize: 11, opacity: 0.7 }}>{t('appSubtitle')}</span>
              </Flex>
            )}
          </Flex>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[key]}
            defaultOpenKeys={key === '/agencies' || key === '/officials' ? ['directory'] : []}
            items={items}
            onClick={({ key: target }) => navigate(target)}
          />
        </div>
      </Sider>
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            height: 56,
          }}
        >
          <Button
            type="text"
            icon={<TranslationOutlined />}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
            aria-label={t('switchLanguage')}
          >
            {t('switchLanguage')}
          </Button>
        </Header>
        <Content style={{ padding: 24 }}>
          <Suspense
            fallback={
              <Flex justify="center" style={{ padding: 64 }}>
                <Spin />
              </Flex>
            }
          >
            <Outlet />
          </Suspense>
        </Content>
        <Layout.Footer style={{ textAlign: 'center', padding: '12px 24px' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('appName')} · {t('appSubtitle')}
          </Typography.Text>
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
