import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '@/testing/antd';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { WarningsPage } from './WarningsPage';

const warning = {
  id: 5,
  hearingId: 70,
  caseId: 3,
  court: '重庆市渝北区人民法院',
  caseNumber: '（2026）渝0112行初9号',
  scheduledAt: '2026-12-01T09:30:00+08:00',
  agencyCode: 'YB-FGW',
  agencyName: '区发展改革委',
  raisedAt: '2026-11-28T08:00:00+08:00',
  open: true,
};
const officials = [
  { code: 'YB-FGW-01', agencyCode: 'YB-FGW', name: '李主任', role: 'PRINCIPAL', validFrom: '2020-01-01' },
  { code: 'YB-FGW-101', agencyCode: 'YB-FGW', name: '王科员', role: 'STAFF', validFrom: '2020-01-01' },
];

function warningsApi() {
  let confirmations: object[] = [];
  return mockApi({
    'GET /api/warnings': () => json(page([warning])),
    'GET /api/confirmations': () => json(confirmations),
    'GET /api/agencies': () => json(page([])),
    'GET /api/officials': () => json(page(officials)),
    'POST /api/confirmations': (request) => {
      const body = request.body as { officialCode: string };
      confirmations = [
        { id: 1, hearingId: 70, agencyCode: 'YB-FGW', officialCode: body.officialCode, officialName: '李主任' },
      ];
      return json(confirmations[0]);
    },
    'POST /api/warnings/refresh': () => json({ ran: true, raised: 1, resolved: 2, open: 3 }),
  });
}

describe('WarningsPage', () => {
  it('names the head who will appear, offering heads only, and shows the choice without a reload', async () => {
    const api = warningsApi();
    const user = userEvent.setup();
    renderPage(<WarningsPage />, { route: '/warnings', path: '/warnings' });

    const row = (await screen.findByText('（2026）渝0112行初9号')).closest('tr')!;
    expect(api.find('GET', '/api/warnings')[0].query.get('open')).toBe('true');
    await user.click(within(row).getByRole('button', { name: /确认出庭负责人/ }));
    await user.click(screen.getByLabelText('出庭负责人'));
    expect(await screen.findAllByTitle(/李主任/)).not.toHaveLength(0);
    expect(screen.queryByTitle(/王科员/)).not.toBeInTheDocument();
    await chooseOption(user, '出庭负责人', /李主任/);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /确\s*认/ }));

    await waitFor(() => expect(api.find('POST', '/api/confirmations')).toHaveLength(1));
    expect(api.find('POST', '/api/confirmations')[0].body).toEqual({
      hearingId: 70,
      agencyCode: 'YB-FGW',
      officialCode: 'YB-FGW-01',
    });
    expect(await screen.findByText('已确认：李主任')).toBeInTheDocument();
  });

  it('lets the bureau check again now, and says what changed', async () => {
    const api = warningsApi();
    const user = userEvent.setup();
    renderPage(<WarningsPage />, { route: '/warnings', path: '/warnings' });
    await screen.findByText('（2026）渝0112行初9号');
    await user.click(screen.getByRole('button', { name: /立即重新检查/ }));
    expect(await screen.findByText('已重新检查：新增 1 条，解除 2 条，待处理 3 条')).toBeInTheDocument();
    expect(api.find('POST', '/api/warnings/refresh')).toHaveLength(1);
  });

  it('keeps the resolved tab in the URL and hides the refresh from agencies', async () => {
    const api = warningsApi();
    renderPage(<WarningsPage canRefresh={false} />, { route: '/warnings', path: '/warnings?status=all' });
    await screen.findByText('（2026）渝0112行初9号');
    expect(api.find('GET', '/api/warnings')[0].query.get('open')).toBe('false');
    expect(screen.queryByRole('button', { name: /立即重新检查/ })).not.toBeInTheDocument();
  });
});
