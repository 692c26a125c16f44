import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '@/testing/antd';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { TokensPage } from './TokensPage';

describe('TokensPage', () => {
  it('shows the secret once, needs an agency for an AGENCY token, and lists only the hint', async () => {
    let tokens: object[] = [];
    const api = mockApi({
      'GET /api/tokens': () => json(page(tokens)),
      'GET /api/agencies': () => json(page([{ code: 'YB-GA', name: '区公安分局', kind: 'DEPARTMENT' }])),
      'POST /api/tokens': (request) => {
        const body = request.body as { name: string; role: string };
        const token = { id: 1, ...body, hint: 'ysk_ab12', status: 'ACTIVE', createdBy: 'admin' };
        tokens = [token];
        return json({ token, secret: 'ysk_ab12-the-whole-secret' }, 201);
      },
    });
    const user = userEvent.setup();
    renderPage(<TokensPage />, { route: '/tokens', path: '/tokens' });

    expect(await screen.findByText('没有有效的令牌')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /新建令牌/ }));
    await user.type(screen.getByLabelText('名称'), '分局统计脚本');
    await chooseOption(user, '角色', /机关用户/);
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('机关用户令牌须限定一个机关')).toBeInTheDocument();
    await chooseOption(user, '限定机关', /区公安分局/);
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(api.find('POST', '/api/tokens')).toHaveLength(1));
    expect(api.find('POST', '/api/tokens')[0].body).toMatchObject({
      name: '分局统计脚本',
      role: 'AGENCY',
      agencyCode: 'YB-GA',
    });
    expect(await screen.findByText('ysk_ab12-the-whole-secret')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '我已保存' }));
    const row = (await screen.findByText('ysk_ab12…')).closest('tr')!;
    expect(row).not.toHaveTextContent('the-whole-secret');
  });

  it('asks a COURT token for its court and sends it', async () => {
    const api = mockApi({
      'GET /api/tokens': () => json(page([])),
      'POST /api/tokens': (request) => {
        const body = request.body as { name: string; role: string };
        const token = { id: 2, ...body, hint: 'ysk_cd34', status: 'ACTIVE', createdBy: 'admin' };
        return json({ token, secret: 'ysk_cd34-court-secret' }, 201);
      },
    });
    const user = userEvent.setup();
    renderPage(<TokensPage />, { route: '/tokens', path: '/tokens' });

    await user.click(await screen.findByRole('button', { name: /新建令牌/ }));
    await user.type(screen.getByLabelText('名称'), '渝北区法院 立案系统');
    await chooseOption(user, '角色', /法院（推送案件）/);
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('法院令牌须填写所属法院')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('所属法院'), '重庆市渝北区人民法院');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(api.find('POST', '/api/tokens')).toHaveLength(1));
    expect(api.find('POST', '/api/tokens')[0].body).toMatchObject({
      role: 'COURT',
      court: '重庆市渝北区人民法院',
    });
  });
});
