import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, page, problem } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { InterviewsPage } from './InterviewsPage';

const open = {
  id: 7,
  agencyCode: 'YB-SWJ',
  agencyName: '重庆市渝北区水务局',
  agencyKind: 'DEPARTMENT',
  year: 2022,
  quarter: 2,
  period: '2022-Q2',
  status: 'OPEN',
  overdue: true,
  atZero: true,
  casesHeard: 3,
  openedOn: '2026-01-05',
  dueOn: '2026-02-04',
  participants: [],
  cancelledByRefresh: false,
  version: 3,
};

const done = {
  ...open,
  id: 8,
  quarter: 1,
  period: '2022-Q1',
  status: 'DONE',
  overdue: false,
  heldOn: '2026-01-20',
  location: '区司法局三楼会议室',
  outcome: '主要负责人书面承诺整改',
  completedOn: '2026-01-20',
  participants: [
    { side: 'AGENCY', name: '赵某', title: '局长', officialCode: 'YB-SWJ-001', officialRole: 'PRINCIPAL' },
    { side: 'BUREAU', name: '李某', title: '法治督察科科长' },
  ],
};

const absence = {
  agencyCode: 'YB-SWJ',
  caseId: 41,
  court: '重庆市渝北区人民法院',
  caseNumber: '（2022）渝0112行初41号',
  absenceClass: 'UNJUSTIFIED',
  hearings: [{ hearingId: 90, scheduledAt: '2022-05-10T01:30:00Z' }],
};

function interviewsApi() {
  return mockApi({
    'GET /api/interviews': () => json(page([open, done])),
    'GET /api/agencies': () => json(page([])),
    'GET /api/officials': () => json(page([])),
    'GET /api/metrics/absences': () => json([absence]),
    'POST /api/interviews/7/complete': (request) => {
      const body = request.body as { outcome?: string; heldOn?: string };
      if (!body.outcome || !body.heldOn) {
        return problem(422, {
          title: 'Rule violated',
          errors: [
            ...(body.heldOn ? [] : [{ field: 'heldOn', message: 'is required to complete the interview' }]),
            { field: 'outcome', message: 'is required to complete the interview' },
          ],
        });
      }
      return json({ ...open, ...body, status: 'DONE', version: 4 });
    },
    'POST /api/interviews/refresh': () =>
      json({ ran: true, periods: ['2025-Q1', '2025-Q2'], created: 2, reopened: 0, cancelled: 1, open: 5 }),
  });
}

describe('InterviewsPage', () => {
  it('lists the tasks with their quarter and overdue mark, and keeps the filters in the URL', async () => {
    const api = interviewsApi();
    renderPage(<InterviewsPage />, { route: '/interviews', path: '/interviews?overdue=true&status=OPEN' });
    expect(await screen.findAllByText('重庆市渝北区水务局')).toHaveLength(2);
    expect(screen.getByText('2022年第2季度')).toBeInTheDocument();
    expect(screen.getByText('已逾期')).toBeInTheDocument();
    expect(screen.getByText('约谈结果：主要负责人书面承诺整改')).toBeInTheDocument();
    const query = api.find('GET', '/api/interviews')[0].query;
    expect(query.get('overdue')).toBe('true');
    expect(query.get('status')).toBe('OPEN');
    expect(screen.getByRole('checkbox', { name: '仅看逾期' })).toBeChecked();
  });

  it('shows the server’s reasons under the fields, then completes with If-Match', async () => {
    const api = interviewsApi();
    const user = userEvent.setup();
    renderPage(<InterviewsPage />, { route: '/interviews', path: '/interviews' });

    await user.click(await screen.findByRole('button', { name: /记录约谈/ }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByRole('link', { name: '（2022）渝0112行初41号' })).toHaveAttribute(
      'href',
      '/cases/41',
    );
    await user.click(within(drawer).getByRole('button', { name: /完成约谈/ }));
    expect(await within(drawer).findAllByText('完成约谈须填写此项')).toHaveLength(2);

    await user.click(within(drawer).getByLabelText('约谈日期'));
    await user.keyboard('2026-01-15{Enter}');
    await user.type(within(drawer).getAllByLabelText('姓名')[1], '李某');
    await user.type(within(drawer).getByLabelText('约谈结果'), '主要负责人作出整改承诺');
    await waitFor(() => expect(within(drawer).queryByText('完成约谈须填写此项')).not.toBeInTheDocument());
    await user.click(within(drawer).getByRole('button', { name: /完成约谈/ }));

    await waitFor(() => expect(api.find('POST', '/api/interviews/7/complete')).toHaveLength(2));
    const completed = api.find('POST', '/api/interviews/7/complete')[1];
    expect(completed.headers.get('If-Match')).toBe('"3"');
    expect(completed.body).toMatchObject({
      heldOn: '2026-01-15',
      outcome: '主要负责人作出整改承诺',
      participants: [{ side: 'AGENCY' }, { side: 'BUREAU', name: '李某' }],
    });
    expect(await screen.findByText('约谈已办结')).toBeInTheDocument();
  });

  it('lets an agency read its interviews only', async () => {
    interviewsApi();
    const user = userEvent.setup();
    renderPage(<InterviewsPage canEdit={false} />, { route: '/interviews', path: '/interviews' });
    await screen.findByText('2022年第1季度');
    expect(screen.queryByRole('button', { name: /记录约谈/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /生成约谈任务/ })).not.toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: /查\s*看/ })[1]);
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('约谈由司法局记录，本页只读')).toBeInTheDocument();
    expect(within(drawer).getByText('赵某（局长，正职负责人） · 被约谈单位')).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: /完成约谈/ })).not.toBeInTheDocument();
  });

  it('lets the bureau look for agencies at zero in a past year', async () => {
    const api = interviewsApi();
    const user = userEvent.setup();
    renderPage(<InterviewsPage />, { route: '/interviews', path: '/interviews' });
    await user.click(await screen.findByRole('button', { name: /生成约谈任务/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /检\s*查/ }));
    await waitFor(() => expect(api.find('POST', '/api/interviews/refresh')).toHaveLength(1));
    expect(api.find('POST', '/api/interviews/refresh')[0].body).toEqual({ year: new Date().getFullYear() - 1 });
    expect(await screen.findByText(/新增 2 项/)).toBeInTheDocument();
  });
});
