import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { ReviewQueuePage } from './ReviewQueuePage';

const submitted = {
  id: 31,
  hearingId: 7,
  caseId: 3,
  caseNumber: '（2023）渝0112行初45号',
  hearingScheduledAt: '2023-04-10T09:30:00+08:00',
  agencyCode: 'YB-FGW',
  agencyName: '区发展改革委',
  reasonCategory: 'NON_DELEGABLE_DUTY',
  reason: '主任当日出席市政府常务会议，无法出庭',
  delegateOfficialCode: 'YB-FGW-101',
  delegateName: '王科员',
  filedOn: '2023-04-05',
  late: false,
  status: 'SUBMITTED',
  papersAttached: true,
  version: 2,
};

function queueApi(papersAttached = true) {
  let current = { ...submitted, papersAttached };
  return mockApi({
    'GET /api/delegations': (request) =>
      json(page(request.query.get('status') === 'SUBMITTED' && current.status !== 'SUBMITTED' ? [] : [current])),
    'GET /api/agencies': () => json(page([])),
    'POST /api/delegations/31/review': (request) => {
      const body = request.body as { decision: string; comment?: string };
      current = { ...current, status: body.decision, version: 3 };
      return json(current);
    },
  });
}

describe('ReviewQueuePage', () => {
  it('lists what awaits review and requires a comment to reject', async () => {
    const api = queueApi();
    const user = userEvent.setup();
    renderPage(<ReviewQueuePage />, { route: '/delegations', path: '/delegations' });

    expect(await screen.findByText('（2023）渝0112行初45号')).toBeInTheDocument();
    expect(api.find('GET', '/api/delegations')[0].query.get('status')).toBe('SUBMITTED');

    await user.click(screen.getByRole('button', { name: /退\s*回/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('主任当日出席市政府常务会议，无法出庭')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: /退\s*回/ }));
    expect(
      await within(dialog).findByText('退回时须说明理由', { selector: '.ant-form-item-explain-error' }),
    ).toBeInTheDocument();
    expect(api.find('POST', '/api/delegations/31/review')).toHaveLength(0);
  });

  it('approves with If-Match and the queue refreshes without a reload', async () => {
    const api = queueApi();
    const user = userEvent.setup();
    renderPage(<ReviewQueuePage />, { route: '/delegations', path: '/delegations' });

    await screen.findByText('（2023）渝0112行初45号');
    await user.click(screen.getByRole('button', { name: /通\s*过/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /通\s*过/ }));

    await waitFor(() => expect(api.find('POST', '/api/delegations/31/review')).toHaveLength(1));
    const review = api.find('POST', '/api/delegations/31/review')[0];
    expect(review.headers.get('If-Match')).toBe('"2"');
    expect(review.body).toEqual({ decision: 'APPROVED' });
    expect(await screen.findByText('没有待审查的委托')).toBeInTheDocument();
  });

  it('says before the click that approving needs the letter or evidence, and does not offer it', async () => {
    const api = queueApi(false);
    const user = userEvent.setup();
    renderPage(<ReviewQueuePage />, { route: '/delegations', path: '/delegations' });

    await screen.findByText('（2023）渝0112行初45号');
    expect(screen.getByText('未附委托书或证明材料')).toBeInTheDocument();
    expect(screen.getByText('补附后方可通过')).toBeInTheDocument();
    const approve = screen.getByRole('button', { name: /通\s*过/ });
    expect(approve).toBeDisabled();
    await user.click(approve);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /退\s*回/ })).toBeEnabled();
    expect(api.find('POST', '/api/delegations/31/review')).toHaveLength(0);
  });
});
