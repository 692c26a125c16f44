import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '@/testing/antd';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { CalendarPage } from './CalendarPage';
import { feedUrl } from './feed-url';

function calendarApi() {
  let list: Record<string, unknown>[] = [];
  return mockApi({
    'GET /api/agencies': () => json(page([{ code: 'YB-GA', name: '区公安分局', kind: 'DEPARTMENT' }])),
    'GET /api/calendar/subscriptions': () => json(list),
    'POST /api/calendar/subscriptions': (request) => {
      const created = { id: 3, ...(request.body as object), createdAt: '2026-11-28T09:00:00+08:00' };
      list = [created];
      return json({ ...created, feedPath: '/api/calendar/feeds/s3cr3t.ics' });
    },
    'DELETE /api/calendar/subscriptions/3': () => {
      list = [{ ...list[0], revokedAt: '2026-11-28T10:00:00+08:00' }];
      return new Response(null, { status: 204 });
    },
  });
}

describe('CalendarPage', () => {
  it('shows the secret address once, and never in the list', async () => {
    const api = calendarApi();
    const user = userEvent.setup();
    renderPage(<CalendarPage defaultAgencyCode="YB-GA" />, { route: '/calendar', path: '/calendar' });

    expect(await screen.findByText('还没有日历订阅')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /新建订阅/ }));
    await user.type(screen.getByLabelText('名称'), '局长手机');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(api.find('POST', '/api/calendar/subscriptions')).toHaveLength(1));
    expect(api.find('POST', '/api/calendar/subscriptions')[0].body).toEqual({ name: '局长手机', agencyCode: 'YB-GA' });
    expect(await screen.findByText(`${location.origin}/api/calendar/feeds/s3cr3t.ics`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '我已复制' }));
    const row = (await screen.findByText('局长手机')).closest('tr')!;
    expect(row).not.toHaveTextContent(/s3cr3t/);
  });

  it('revokes after asking', async () => {
    const api = calendarApi();
    const user = userEvent.setup();
    renderPage(<CalendarPage />, { route: '/calendar', path: '/calendar' });
    await screen.findByText('还没有日历订阅');
    await user.click(screen.getByRole('button', { name: /新建订阅/ }));
    await user.type(screen.getByLabelText('名称'), '局长手机');
    await chooseOption(user, '机关', /区公安分局/);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /保\s*存/ }));
    await user.click(await screen.findByRole('button', { name: '我已复制' }));

    await user.click(await screen.findByRole('button', { name: /停\s*用/ }));
    expect(api.find('DELETE', '/api/calendar/subscriptions/3')).toHaveLength(0);
    const confirm = await screen.findByRole('tooltip');
    await user.click(within(confirm).getByRole('button', { name: /停\s*用/ }));
    await waitFor(() => expect(api.find('DELETE', '/api/calendar/subscriptions/3')).toHaveLength(1));
    expect(await screen.findByText(/已停用（/)).toBeInTheDocument();
  });

  it('makes an absolute address from the server’s path', () => {
    expect(feedUrl('/api/calendar/feeds/x.ics', 'https://yingsu.example')).toBe(
      'https://yingsu.example/api/calendar/feeds/x.ics',
    );
    expect(feedUrl('https://a.example/x.ics', 'https://b.example')).toBe('https://a.example/x.ics');
  });
});
