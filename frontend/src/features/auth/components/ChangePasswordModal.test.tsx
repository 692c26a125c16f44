import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { ChangePasswordModal } from './ChangePasswordModal';

describe('ChangePasswordModal', () => {
  it('checks the password rules first, then shows the server’s refusal at its field', async () => {
    const api = mockApi({
      'PUT /api/auth/password': () =>
        problem(400, {
          title: 'Bad Request',
          errors: [{ field: 'currentPassword', message: 'is not your current password' }],
        }),
    });
    const user = userEvent.setup();
    renderPage(<ChangePasswordModal open username="department" onClose={vi.fn()} />);
    const dialog = await screen.findByRole('dialog');

    await user.type(within(dialog).getByLabelText('当前密码'), 'old-password-1');
    await user.type(within(dialog).getByLabelText('新密码'), 'department-2026');
    await user.type(within(dialog).getByLabelText('再次输入新密码'), 'something-else');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('不能包含用户名')).toBeInTheDocument();
    expect(within(dialog).getByText('两次输入的新密码不一致')).toBeInTheDocument();
    expect(api.find('PUT', '/api/auth/password')).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText('新密码'));
    await user.type(within(dialog).getByLabelText('新密码'), 'a-much-better-one');
    await user.clear(within(dialog).getByLabelText('再次输入新密码'));
    await user.type(within(dialog).getByLabelText('再次输入新密码'), 'a-much-better-one');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(api.find('PUT', '/api/auth/password')).toHaveLength(1));
    expect(api.find('PUT', '/api/auth/password')[0].body).toEqual({
      currentPassword: 'old-password-1',
      newPassword: 'a-much-better-one',
    });
    expect(await within(dialog).findByText('当前密码不正确')).toBeInTheDocument();
  });

  it('closes on success', async () => {
    mockApi({ 'PUT /api/auth/password': () => json(null) });
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderPage(<ChangePasswordModal open username="admin" onClose={onClose} />);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('当前密码'), 'yingsu-demo');
    await user.type(within(dialog).getByLabelText('新密码'), 'a-much-better-one');
    await user.type(within(dialog).getByLabelText('再次输入新密码'), 'a-much-better-one');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await screen.findByText('密码已修改')).toBeInTheDocument();
  });
});
