import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { AppLayout } from './AppLayout';

const admin = { kind: 'USER', username: 'admin', displayName: '司法局管理员', role: 'ADMIN', csrfToken: 'c1' };
const agency = {
  kind: 'USER',
  username: 'department',
  displayName: '区公安分局',
  role: 'AGENCY',
  agencyCode: 'YB-GA',
  visibleAgencyCodes: ['YB-GA'],
  csrfToken: 'c2',
};

function signedInAs(me: object | null) {
  return mockApi({
    'GET /api/auth/me': () => (me ? json(me) : problem(401, { title: 'Unauthorized' })),
  });
}

const loginRoute = [{ path: '/login', element: <div>登录页</div> }];

describe('AppLayout', () => {
  it('is in Chinese, switches to English and remembers the choice', async () => {
    signedInAs(admin);
    const user = userEvent.setup();
    renderPage(<AppLayout />, { route: '/*', path: '/cases' });

    expect(await screen.findByRole('menuitem', { name: /案件/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /English/ }));

    expect(await screen.findByRole('menuitem', { name: /Cases/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /Delegation review/ })).toBeInTheDocument();
    expect(localStorage.getItem('yingsu.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps the section of a deep link selected', async () => {
    signedInAs(admin);
    renderPage(<AppLayout />, { route: '/*', path: '/cases/12' });
    expect((await screen.findByRole('menuitem', { name: /案件/ })).closest('li')).toHaveClass('ant-menu-item-selected');
  });

  it('offers the bureau every page, and says who is signed in', async () => {
    signedInAs(admin);
    renderPage(<AppLayout />, { route: '/*', path: '/' });
    for (const name of ['委托审查', '出庭预警', '台账导入', 'API令牌', '日历订阅']) {
      expect(await screen.findByRole('menuitem', { name: new RegExp(name) })).toBeInTheDocument();
    }
    expect(screen.getByText('司法局管理员')).toBeInTheDocument();
  });

  it('hides the bureau’s pages from an agency user, and refuses them when opened directly', async () => {
    signedInAs(agency);
    renderPage(<AppLayout />, { route: '/*', path: '/imports' });
    expect(await screen.findByRole('menuitem', { name: /出庭预警/ })).toBeInTheDocument();
    for (const name of ['委托审查', '台账导入', 'API令牌', '机关与人员']) {
      expect(screen.queryByRole('menuitem', { name: new RegExp(name) })).not.toBeInTheDocument();
    }
    expect(screen.getByText('无权访问此页面')).toBeInTheDocument();
  });

  it('lands an agency user on its own desk, not on the district’s dashboard', async () => {
    signedInAs(agency);
    const { router } = renderPage(<AppLayout />, { route: '/*', path: '/' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/desk'));
    expect(await screen.findByRole('menuitem', { name: /本机关工作台/ })).toBeInTheDocument();
  });

  it('sends someone not signed in to the login page, remembering where they were going', async () => {
    signedInAs(null);
    const { router } = renderPage(<AppLayout />, { route: '/*', path: '/warnings', routes: loginRoute });
    expect(await screen.findByText('登录页')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?next=%2Fwarnings'));
  });

  it('lands a reader on the statistics, with the assessment and the published bulletins under 监督', async () => {
    signedInAs({ ...admin, role: 'READER', displayName: '统计' });
    const user = userEvent.setup();
    const { router } = renderPage(<AppLayout />, { route: '/*', path: '/' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/compliance'));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['监督', '合规统计']);
    await user.click(items[0]);
    expect(await screen.findAllByRole('menuitem')).toHaveLength(4);
    expect(screen.getByRole('menuitem', { name: /考核扣分/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /季度通报/ })).toBeInTheDocument();
  });
});
