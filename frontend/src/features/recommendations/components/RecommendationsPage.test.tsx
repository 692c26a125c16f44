import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { RecommendationsPage } from './RecommendationsPage';

const overdue = {
  id: 4,
  court: '重庆市渝北区人民法院',
  number: '（2026）渝0112司建3号',
  agencyCode: 'YB-FGW',
  agencyName: '区发展改革委',
  receivedOn: '2026-07-01',
  dueOn: '2026-09-01',
  content: '建议负责人亲自出庭应诉',
  status: 'RECEIVED',
  overdue: true,
  version: 1,
};

function recommendationsApi() {
  let current: Record<string, unknown> = { ...overdue };
  return mockApi({
    'GET /api/recommendations': () => json(page([current])),
    'GET /api/agencies': () => json(page([])),
    'POST /api/recommendations/4/answer': (request) => {
      current = { ...current, ...(request.body as object), status: 'ANSWERED', overdue: false, version: 2 };
      return json(current);
    },
    'POST /api/recommendations/4/close': () => {
      current = { ...current, status: 'DONE', version: 3 };
      return json(current);
    },
  });
}

describe('RecommendationsPage', () => {
  it('marks the overdue one, and carries the overdue filter in the URL', async () => {
    const api = recommendationsApi();
    renderPage(<RecommendationsPage />, { route: '/recommendations', path: '/recommendations?overdue=true' });
    expect(await screen.findByText('已逾期')).toBeInTheDocument();
    expect(api.find('GET', '/api/recommendations')[0].query.get('overdue')).toBe('true');
    expect(screen.getByRole('checkbox', { name: '仅看逾期' })).toBeChecked();
  });

  it('takes the agency’s answer with If-Match, then lets the bureau close it', async () => {
    const api = recommendationsApi();
    const user = userEvent.setup();
    renderPage(<RecommendationsPage />, { route: '/recommendations', path: '/recommendations' });

    await user.click(await screen.findByRole('button', { name: /回\s*复/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /回\s*复/ }));
    expect(await within(dialog).findByText('必填')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('机关回复'), '已整改，今后由主任亲自出庭');
    await user.click(within(dialog).getByRole('button', { name: /回\s*复/ }));
    await waitFor(() => expect(api.find('POST', '/api/recommendations/4/answer')).toHaveLength(1));
    const answer = api.find('POST', '/api/recommendations/4/answer')[0];
    expect(answer.headers.get('If-Match')).toBe('"1"');
    expect(answer.body).toEqual({ response: '已整改，今后由主任亲自出庭' });

    await user.click(await screen.findByRole('button', { name: /办\s*结/ }));
    await screen.findByText('办结此司法建议？');
    const closing = (await screen.findAllByRole('dialog')).at(-1)!;
    await user.click(within(closing).getByRole('button', { name: /办\s*结/ }));
    await waitFor(() => expect(api.find('POST', '/api/recommendations/4/close')).toHaveLength(1));
    expect(api.find('POST', '/api/recommendations/4/close')[0].headers.get('If-Match')).toBe('"2"');
  });

  it('offers an agency the answer only', async () => {
    recommendationsApi();
    renderPage(<RecommendationsPage canCreate={false} canClose={false} />, {
      route: '/recommendations',
      path: '/recommendations',
    });
    await screen.findByText('（2026）渝0112司建3号');
    expect(screen.queryByRole('button', { name: /登记司法建议/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /回\s*复/ })).toBeInTheDocument();
  });
});
