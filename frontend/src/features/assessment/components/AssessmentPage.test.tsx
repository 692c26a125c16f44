import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { AssessmentPage } from './AssessmentPage';

const assessment = {
  year: 2022,
  pointsPerUnjustifiedAbsence: 2,
  pointsSetByBureau: false,
  unjustifiedAbsences: 2,
  totalDeduction: 4,
  agencies: [
    {
      agencyCode: 'YB-SWJ',
      agencyName: '重庆市渝北区水务局',
      agencyKind: 'DEPARTMENT',
      unjustifiedAbsences: 2,
      deduction: 4,
      causes: [
        {
          caseId: 41,
          court: '重庆市渝北区人民法院',
          caseNumber: '（2022）渝0112行初41号',
          causeOfAction: '行政处罚',
          mandatory: true,
          hearings: [{ hearingId: 90, scheduledAt: '2022-05-10T09:30:00+08:00' }],
          points: 2,
        },
        {
          caseId: 42,
          court: '重庆市渝北区人民法院',
          caseNumber: '（2022）渝0112行初42号',
          mandatory: false,
          hearings: [
            { hearingId: 91, scheduledAt: '2022-06-01T09:30:00+08:00' },
            { hearingId: 92, scheduledAt: '2022-07-01T09:30:00+08:00' },
          ],
          points: 2,
        },
      ],
    },
    {
      agencyCode: 'YB-JYW',
      agencyName: '重庆市渝北区教育委员会',
      agencyKind: 'DEPARTMENT',
      unjustifiedAbsences: 0,
      deduction: 0,
      causes: [],
    },
  ],
};

function assessmentApi() {
  return mockApi({
    'GET /api/assessment': (request) =>
      request.headers.get('Accept') === 'text/csv'
        ? new Response('\uFEFF单位编码', {
            headers: {
              'Content-Type': 'text/csv',
              'Content-Disposition': "attachment; filename*=UTF-8''%E8%80%83%E6%A0%B8%E6%89%A3%E5%88%86-2022.csv",
            },
          })
        : json(assessment),
    'GET /api/assessment/points/2022': () => json({ year: 2022, points: 2, setByBureau: false, version: 0 }),
    'GET /api/assessment/points/2022/changes': () =>
      json([
        {
          id: 5,
          year: 2022,
          oldPoints: 2,
          oldSetByBureau: false,
          newPoints: 2.5,
          changedByName: '司法局管理员',
          changedAt: '2023-01-05T09:30:00+08:00',
        },
      ]),
    'PUT /api/assessment/points/2022': (request) =>
      json({ year: 2022, ...(request.body as object), setByBureau: true, version: 0 }),
  });
}

describe('AssessmentPage', () => {
  it('shows the agencies that lost points, each cause linked to its case', async () => {
    const api = assessmentApi();
    const user = userEvent.setup();
    renderPage(<AssessmentPage canSetPoints={false} />, { route: '/assessment', path: '/assessment?year=2022' });
    expect(await screen.findByText('重庆市渝北区水务局')).toBeInTheDocument();
    expect(screen.queryByText('重庆市渝北区教育委员会')).not.toBeInTheDocument();
    expect(screen.getByText('每件扣 2 分')).toBeInTheDocument();
    expect(screen.getByText('（默认）')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /修改扣分标准/ })).not.toBeInTheDocument();
    expect(api.find('GET', '/api/assessment')[0].query.get('year')).toBe('2022');

    await user.click(screen.getByRole('button', { name: /展开行|Expand row/ }));
    expect(await screen.findByRole('link', { name: '（2022）渝0112行初41号' })).toHaveAttribute('href', '/cases/41');
    expect(screen.getByText('2022-06-01、2022-07-01')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: '只看有扣分的单位' }));
    expect(await screen.findByText('重庆市渝北区教育委员会')).toBeInTheDocument();
  });

  it('asks before changing the year’s points, stating the effect, and sends If-Match', async () => {
    const api = assessmentApi();
    const user = userEvent.setup();
    renderPage(<AssessmentPage />, { route: '/assessment', path: '/assessment?year=2022' });
    await user.click(await screen.findByRole('button', { name: /修改扣分标准/ }));
    const dialog = await screen.findByRole('dialog');
    const input = within(dialog).getByLabelText('每件扣分');
    await user.clear(input);
    await user.type(input, '3');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findAllByText('确认修改 2022 年的扣分标准？')).not.toHaveLength(0);
    expect(screen.getByText(/2022 年扣分将由 4 分变为 6 分/)).toBeInTheDocument();
    expect(api.find('PUT', '/api/assessment/points/2022')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: '确认修改' }));
    await waitFor(() => expect(api.find('PUT', '/api/assessment/points/2022')).toHaveLength(1));
    const put = api.find('PUT', '/api/assessment/points/2022')[0];
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(put.body).toEqual({ points: 3 });
  });

  it('refuses out-of-range points with a message instead of bringing them into range', async () => {
    const api = assessmentApi();
    const user = userEvent.setup();
    renderPage(<AssessmentPage />, { route: '/assessment', path: '/assessment?year=2022' });
    await user.click(await screen.findByRole('button', { name: /修改扣分标准/ }));
    const dialog = await screen.findByRole('dialog');
    const input = within(dialog).getByLabelText('每件扣分');
    await user.clear(input);
    await user.type(input, '-3');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('每件扣分不能小于 0 分')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '1000');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('每件扣分不能大于 100 分')).toBeInTheDocument();
    expect(input).toHaveValue('1000');
    expect(api.find('PUT', '/api/assessment/points/2022')).toHaveLength(0);
  });

  it('shows who changed the points, when, and from what to what', async () => {
    assessmentApi();
    renderPage(<AssessmentPage />, { route: '/assessment', path: '/assessment?year=2022' });
    expect(await screen.findByText('司法局管理员')).toBeInTheDocument();
    expect(screen.getByText('2 分（默认）')).toBeInTheDocument();
    expect(screen.getByText('2.5 分')).toBeInTheDocument();
  });

  it('downloads the server’s CSV under the server’s file name', async () => {
    const api = assessmentApi();
    const user = userEvent.setup();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }));
    renderPage(<AssessmentPage />, { route: '/assessment', path: '/assessment?year=2022' });
    await user.click(await screen.findByRole('button', { name: /导出 CSV/ }));
    expect(await screen.findByText('已导出 考核扣分-2022.csv')).toBeInTheDocument();
    const csv = api.find('GET', '/api/assessment').find((r) => r.headers.get('Accept') === 'text/csv');
    expect(csv?.query.get('year')).toBe('2022');
  });
});
