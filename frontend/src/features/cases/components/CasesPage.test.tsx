import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { CasesPage } from './CasesPage';

const cases = [
  {
    id: 12,
    court: '重庆市渝北区人民法院',
    caseNumber: '（2022）渝0112行初123号',
    trialLevel: 'FIRST_INSTANCE',
    filedOn: '2022-01-05',
    causeOfAction: '行政处罚',
    plaintiffs: ['李某'],
    defendants: [{ code: 'YB-GOV', name: '重庆市渝北区人民政府', kind: 'DISTRICT_GOVERNMENT' }],
    mandatoryCategories: ['HIGH_SOCIAL_CONCERN'],
    mandatory: true,
    version: 0,
  },
];

function casesApi() {
  return mockApi({
    'GET /api/cases': () => json({ ...page(cases), total: 41 }),
    'GET /api/agencies': () =>
      json(page([{ code: 'YB-GOV', name: '重庆市渝北区人民政府', kind: 'DISTRICT_GOVERNMENT' }])),
  });
}

describe('CasesPage', () => {
  it('reads its filters and page from the URL and asks the API for exactly those', async () => {
    const api = casesApi();
    renderPage(<CasesPage />, { route: '/cases', path: '/cases?q=行初123&year=2022&trialLevel=FIRST_INSTANCE&page=3' });

    expect(await screen.findByRole('link', { name: '（2022）渝0112行初123号' })).toHaveAttribute('href', '/cases/12');
    expect(screen.getByText('必须出庭')).toBeInTheDocument();
    expect(screen.getByText('共 41 条')).toBeInTheDocument();
    const query = api.find('GET', '/api/cases')[0].query;
    expect(Object.fromEntries(query)).toEqual({
      q: '行初123',
      trialLevel: 'FIRST_INSTANCE',
      filedFrom: '2022-01-01',
      filedTo: '2022-12-31',
      page: '2',
      size: '20',
    });
  });

  it('writes a new search into the URL and starts again from the first page', async () => {
    const api = casesApi();
    const user = userEvent.setup();
    const { router } = renderPage(<CasesPage />, { route: '/cases', path: '/cases?page=2' });
    await screen.findByRole('link', { name: '（2022）渝0112行初123号' });

    await user.type(screen.getByPlaceholderText('搜索案号、案由或原告'), '行初9{Enter}');

    await waitFor(() => expect(router.state.location.search).toBe('?q=%E8%A1%8C%E5%88%9D9'));
    await waitFor(() => expect(api.find('GET', '/api/cases').at(-1)?.query.get('q')).toBe('行初9'));
    expect(api.find('GET', '/api/cases').at(-1)?.query.get('page')).toBe('0');
  });

  it('says so when no case matches', async () => {
    mockApi({ 'GET /api/cases': () => json(page([])), 'GET /api/agencies': () => json(page([])) });
    renderPage(<CasesPage />, { route: '/cases', path: '/cases' });
    expect(await screen.findByText('没有符合条件的案件')).toBeInTheDocument();
  });
});
