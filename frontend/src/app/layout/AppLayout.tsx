import {
  AuditOutlined,
  AlertOutlined,
  BankOutlined,
  BarChartOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CommentOutlined,
  DiffOutlined,
  ExceptionOutlined,
  EyeOutlined,
  FileDoneOutlined,
  MessageOutlined,
  NotificationOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileTextOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  ReadOutlined,
  PartitionOutlined,
  TeamOutlined,
  TranslationOutlined,
  FileSearchOutlined,
  HomeOutlined,
  MenuOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Flex, Grid, Layout, Menu, Result, Spin, Typography, theme, type MenuProps } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { UserMenu } from '@/features/auth/components/UserMenu';
import { onUnauthorized } from '@/lib/api/client';
import { ME_KEY, useMe } from '@/lib/auth/use-me';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { canVisit, homeOf } from '../access';
import { appMessages } from '../messages';

const { Sider, Header, Content } = Layout;

/** The menu key of a path: its first segment, so that /cases/12 keeps 案件 selected. */
function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return `/${first}`;
}

const SUBMENUS: Record<string, string> = {
  '/agencies': 'directory',
  '/officials': 'directory',
  '/monthly-reports': 'oversight',
  '/reconciliation': 'oversight',
  '/recommendations': 'oversight',
  '/referrals': 'oversight',
  '/papers-check': 'oversight',
  '/interviews': 'oversight',
  '/assessment': 'oversight',
  '/lost-cases': 'oversight',
  '/observations': 'oversight',
  '/trainings': 'oversight',
  '/coordination': 'oversight',
  '/bulletins': 'oversight',
};

/** Every page the menu knows; other paths (a case's forms, unknown ones) are judged by their own route. */
const MENU_PAGES = new Set([
  '/',
  '/desk',
  '/cases',
  '/warnings',
  '/delegations',
  '/monthly-reports',
  '/reconciliation',
  '/recommendations',
  '/referrals',
  '/papers-check',
  '/interviews',
  '/assessment',
  '/lost-cases',
  '/observations',
  '/trainings',
  '/coordination',
  '/bulletins',
  '/compliance',
  '/agencies',
  '/officials',
  '/calendar',
  '/imports',
  '/tokens',
]);

function openKeysFor(key: string): string[] {
  return SUBMENUS[key] ? [SUBMENUS[key]] : [];
}

export function AppLayout() {
  const t = useMessages(appMessages);
  const { lang, setLang } = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // On a phone the menu lives in a drawer opened from the header, so that the page keeps the whole width.
  const screens = Grid.useBreakpoint();
  const phone = screens.xs === true || (screens.sm === true && screens.md === false);
  const { token } = theme.useToken();
  const queryClient = useQueryClient();
  const meQuery = useMe();
  const me = meQuery.data;

  // A session that ends while the app is open (expired, logged out elsewhere) leads back to the login page.
  useEffect(() => {
    onUnauthorized(() => {
      queryClient.setQueryData(ME_KEY, null);
      const next = `${window.location.pathname}${window.location.search}`;
      navigate(`/login?expired=1&next=${encodeURIComponent(next)}`, { replace: true });
    });
    return () => onUnauthorized(undefined);
  }, [navigate, queryClient]);

  const allItems: MenuProps['items'] = [
    { key: '/', icon: <DashboardOutlined />, label: t('navDashboard') },
    { key: '/desk', icon: <HomeOutlined />, label: t('navDesk') },
    { key: '/cases', icon: <FileTextOutlined />, label: t('navCases') },
    { key: '/warnings', icon: <AlertOutlined />, label: t('navWarnings') },
    { key: '/delegations', icon: <AuditOutlined />, label: t('navDelegations') },
    {
      key: 'oversight',
      icon: <EyeOutlined />,
      label: t('navOversight'),
      children: [
        { key: '/monthly-reports', icon: <FileDoneOutlined />, label: t('navReports') },
        { key: '/reconciliation', icon: <DiffOutlined />, label: t('navReconciliation') },
        { key: '/recommendations', icon: <MessageOutlined />, label: t('navRecommendations') },
        { key: '/referrals', icon: <SafetyCertificateOutlined />, label: t('navReferrals') },
        { key: '/papers-check', icon: <FileSearchOutlined />, label: t('navPapersCheck') },
        { key: '/interviews', icon: <CommentOutlined />, label: t('navInterviews') },
        { key: '/assessment', icon: <CalculatorOutlined />, label: t('navAssessment') },
        { key: '/lost-cases', icon: <ExceptionOutlined />, label: t('navLostCases') },
        { key: '/observations', icon: <SolutionOutlined />, label: t('navObservations') },
        { key: '/trainings', icon: <ReadOutlined />, label: t('navTrainings') },
        { key: '/coordination', icon: <PartitionOutlined />, label: t('navCoordination') },
        { key: '/bulletins', icon: <NotificationOutlined />, label: t('navBulletins') },
      ],
    },
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
    { key: '/calendar', icon: <CalendarOutlined />, label: t('navCalendar') },
    { key: '/imports', icon: <CloudUploadOutlined />, label: t('navImports') },
    { key: '/tokens', icon: <KeyOutlined />, label: t('navTokens') },
  ];

  const role = me?.role;
  const visible = (item: NonNullable<MenuProps['items']>[number]): NonNullable<MenuProps['items']>[number] | null => {
    if (!item || !('key' in item)) return item;
    if ('children' in item && item.children) {
      const children = item.children.map(visible).filter(Boolean);
      return children.length ? { ...item, children } : null;
    }
    return canVisit(role, String(item.key)) ? item : null;
  };
  const items = (allItems ?? []).map(visible).filter(Boolean);

  const key = selectedKey(location.pathname);
  if (meQuery.isLoading) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  }
  if (meQuery.isError) {
    return (
      <Flex justify="center" style={{ padding: 64 }}>
        <ErrorAlert error={meQuery.error} onRetry={() => meQuery.refetch()} />
      </Flex>
    );
  }
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  // The home page of a role that has no dashboard is its first page.
  if (key === '/' && !canVisit(role, '/')) return <Navigate to={homeOf(role)} replace />;
  const allowed = canVisit(role, key) || !MENU_PAGES.has(key);

  const logo = (small: boolean) => (
    <Flex
      align="center"
      gap={10}
      style={{ height: 56, padding: small ? '0 24px' : '0 20px', color: '#fff', whiteSpace: 'nowrap', flex: 'none' }}
    >
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {small ? null : (
        <Flex vertical style={{ lineHeight: 1.2 }}>
          <span style={{ fontSize: 18, fontWeight: 600 }}>{t('appName')}</span>
          <span style={{ fontSize: 11, opacity: 0.7 }}>{t('appSubtitle')}</span>
        </Flex>
      )}
    </Flex>
  );
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[key]}
      defaultOpenKeys={openKeysFor(key)}
      items={items}
      onClick={({ key: target }) => {
        setDrawerOpen(false);
        navigate(target);
      }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={256}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' }, header: { display: 'none' } }}
        >
          {logo(false)}
          {menu}
        </Drawer>
      ) : (
        <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={216} breakpoint="lg">
          {/* The sider spans the page's height; its content stays in view and scrolls on its own when the open
              sections are taller than the window (1366×768 with 监督 and 机关与人员 open). */}
          <Flex
            vertical
            className="app-sider-content"
            style={{ position: 'sticky', top: 0, maxHeight: 'calc(100vh - 48px)', overflowY: 'auto' }}
          >
            {logo(collapsed)}
            {menu}
          </Flex>
        </Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Header
          style={{
            background: token.colorBgContainer,
            padding: phone ? '0 8px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            gap: phone ? 4 : 8,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            height: 56,
          }}
        >
          {phone ? (
            <>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('openMenu')}
                onClick={() => setDrawerOpen(true)}
              />
              <Typography.Text strong style={{ marginRight: 'auto', whiteSpace: 'nowrap' }}>
                {t('appName')}
              </Typography.Text>
            </>
          ) : null}
          <UserMenu me={me} compact={phone} />
          <Button
            type="text"
            icon={<TranslationOutlined />}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
            aria-label={t('switchLanguage')}
            // The switch names the other language in that language (English / 中文).
            lang={lang === 'zh' ? 'en' : 'zh'}
          >
            {phone ? null : t('switchLanguage')}
          </Button>
        </Header>
        <Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          <Suspense
            fallback={
              <Flex justify="center" style={{ padding: 64 }}>
                <Spin />
              </Flex>
            }
          >
            {allowed ? <Outlet /> : <Result status="403" title={t('forbiddenTitle')} subTitle={t('forbiddenBody')} />}
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
