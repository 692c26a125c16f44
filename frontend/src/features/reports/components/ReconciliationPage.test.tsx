import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { ReconciliationPage } from './ReconciliationPage';

describe('ReconciliationPage', () => {
  it('shows who has not reported, each figure that differs and each appearance the court sees otherwise', async () => {
    const api = mockApi({
      'GET /api/monthly-reports/reconciliation': () =>
        json({
          year: 2022,
          month: 3,
          notReported: [{ agencyCode: 'YB-JW', agencyName: '区教委' }],
          agencies: [
            {
              agencyCode: 'YB-GA',
              agencyName: '区公安分局',
              revision: 2,
              differences: [{ figure: 'casesHeardWithHead', declared: 5, system: 4 }],
            },
            { agencyCode: 'YB-FGW', agencyName: '区发展改革委', revision: 1, differences: [] },
          ],
          cases: [
            {
              caseId: 3,
              caseNumber: '（2022）渝0112行初7号',
              hearingId: 8,
              scheduledAt: '2022-03-10T09:30:00+08:00',
              agencyCode: 'YB-GA',
              officialCode: 'YB-GA-01',
              officialName: '张局长',
              disagreement: 'AGENCY_ONLY',
              agencyRecord: { spoke: true, leftEarly: false, identityStatus: 'VERIFIED' },
            },
          ],
        }),
    });
    renderPage(<ReconciliationPage />, { route: '/reconciliation', path: '/reconciliation?month=2022-03' });

    expect(await screen.findByText('区教委')).toBeInTheDocument();
    expect(api.find('GET', '/api/monthly-reports/reconciliation')[0].query.get('year')).toBe('2022');
    expect(screen.getByText('填报数字与系统不一致（1）')).toBeInTheDocument();
    expect(screen.getByText('负责人出庭案件')).toBeInTheDocument();
    expect(screen.getByText('+1')).toBeInTheDocument();
    expect(screen.queryByText('区发展改革委')).not.toBeInTheDocument();
    expect(screen.getByText('仅机关记录出庭')).toBeInTheDocument();
    expect(screen.getByText('出声 · 已核验')).toBeInTheDocument();
    expect(screen.getByText('无记录')).toBeInTheDocument();
  });
});
