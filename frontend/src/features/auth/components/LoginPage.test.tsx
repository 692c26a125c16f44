import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getCsrfToken } from '@/lib/auth/session';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { LoginPage } from './LoginPage';
import { safeNext } from './safe-next';

describe('LoginPage', () => {
  it('says plainly when the password is wrong', async () => {
    mockApi({
      'POST /api/auth/login': () => problem(401, { title: 'Unauthorized', detail: 'Wrong username or password' }),
    });
    const user = userEvent.setup();
    renderPage(<LoginPage />, { route: '/login', path: '/login' });
    await user.type(screen.getByLabelText('用户名'), 'admin');
    await user.type(screen.getByLabelText('密码'), 'nope');
    await user.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('用户名或密码不正确')).toBeInTheDocument();
  });

  it('logs in, keeps the CSRF token and goes where the person was going', async () => {
    const api = mockApi({
      'POST /api/auth/login': () => json({ kind: 'USER', username: 'admin', role: 'ADMIN', csrfToken: 'tok' }),
    });
    const user = userEvent.setup();
    const { router } = renderPage(<LoginPage />, {
      route: '/login',
      path: '/login?next=%2Fwarnings',
      routes: [{ path: '/warnings', element: <div>预警页</div> }],
    });
    await user.type(screen.getByLabelText('用户名'), ' admin ');
    await user.type(screen.getByLabelText('密码'), 'yingsu-demo');
    await user.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('预警页')).toBeInTheDocument();
    expect(api.find('POST', '/api/auth/login')[0].body).toEqual({ username: 'admin', password: 'yingsu-demo' });
    expect(getCsrfToken()).toBe('tok');
    await waitFor(() => expect(router.state.location.pathname).toBe('/warnings'));
  });

  it('never follows a next that leads off the app', () => {
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/cases?q=1')).toBe('/cases?q=1');
    expect(safeNext(null)).toBe('/');
  });
});
