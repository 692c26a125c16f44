import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { MonthlyReportPage } from './MonthlyReportPage';

const figures = {
  noticesReceived: 4,
  noticesAttendedByHead: 3,
  casesHeard: 5,
  casesHeardWithHead: 4,
  casesConcluded: 2,
  decisionsChanged: 0,
};

function reportsApi() {
  const submitted: object[] = [];
  return mockApi({
    'GET /api/agencies': () => json(page([{ code: 'YB-GA', name: '区公安分局', kind: 'DEPARTMENT' }])),
    'GET /api/monthly-reports/draft': () =>
      json({
        agencyCode: 'YB-GA',
        agencyName: '区公安分局',
        year: 2022,
        month: 3,
        figures,
        latestRevision: submitted.length || undefined,
      }),
    'GET /api/monthly-reports': () => json(submitted),
    'POST /api/monthly-reports': (request) => {
      const body = request.body as { figures: object; comment?: string };
      const report = { id: 9, agencyCode: 'YB-GA', year: 2022, month: 3, revision: submitted.length + 1, ...body };
      submitted.push(report);
      return json(report);
    },
  });
}

describe('MonthlyReportPage', () => {
  it('pre-fills the system’s figures and submits them as they are', async () => {
    const api = reportsApi();
    const user = userEvent.setup();
    renderPage(<MonthlyReportPage defaultAgencyCode="YB-GA" />, {
      route: '/monthly-reports',
      path: '/monthly-reports?month=2022-03',
    });

    expect(await screen.findByLabelText('开庭审理案件')).toHaveValue('5');
    expect(api.find('GET', '/api/monthly-reports/draft')[0].query.get('month')).toBe('3');
    await user.click(screen.getByRole('button', { name: /报\s*送/ }));
    await waitFor(() => expect(api.find('POST', '/api/monthly-reports')).toHaveLength(1));
    expect(api.find('POST', '/api/monthly-reports')[0].body).toEqual({
      agencyCode: 'YB-GA',
      year: 2022,
      month: 3,
      figures,
    });
    expect(await screen.findByText('#1')).toBeInTheDocument();
  });

  it('requires a comment when a figure departs from the system’s, and a part never exceeds its whole', async () => {
    const api = reportsApi();
    const user = userEvent.setup();
    renderPage(<MonthlyReportPage defaultAgencyCode="YB-GA" />, {
      route: '/monthly-reports',
      path: '/monthly-reports?month=2022-03',
    });

    const withHead = await screen.findByLabelText('负责人出庭案件');
    await user.clear(withHead);
    await user.type(withHead, '6');
    await user.click(screen.getByRole('button', { name: /报\s*送/ }));
    expect(await screen.findByText('不能大于“开庭审理案件”')).toBeInTheDocument();
    expect(await screen.findByText('填报数字与系统记录不一致，请说明原因')).toBeInTheDocument();
    expect(screen.getByText(/与系统不一致/)).toBeInTheDocument();
    expect(api.find('POST', '/api/monthly-reports')).toHaveLength(0);

    await user.clear(withHead);
    await user.type(withHead, '5');
    await user.type(screen.getByLabelText('说明'), '一件案件法院尚未推送出庭记录');
    await user.click(screen.getByRole('button', { name: /报\s*送/ }));
    await waitFor(() => expect(api.find('POST', '/api/monthly-reports')).toHaveLength(1));
    expect(api.find('POST', '/api/monthly-reports')[0].body).toMatchObject({
      figures: { ...figures, casesHeardWithHead: 5 },
      comment: '一件案件法院尚未推送出庭记录',
    });
  });
});
