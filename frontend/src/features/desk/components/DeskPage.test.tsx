import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { DeskPage } from './DeskPage';

const me = {
  kind: 'USER',
  username: 'department',
  displayName: '区公安分局',
  role: 'AGENCY',
  agencyCode: 'YB-GA',
  visibleAgencyCodes: ['YB-GA', 'YB-GA-1'],
  csrfToken: 'c2',
};

const own = {
  agencyCode: 'YB-GA',
  agencyName: '重庆市渝北区公安分局',
  agencyKind: 'DEPARTMENT',
  casesHeard: 40,
  casesHeardWithHead: 39,
  appearanceRate: 0.975,
  noticesReceived: 10,
  noticesAttendedByHead: 9,
  noticeAppearanceRate: 0.9,
  casesConcluded: 20,
  decisionsChanged: 2,
  lossRate: 0.1,
  unjustifiedAbsences: 1,
  assessmentDeduction: 2,
  flags: ['UNJUSTIFIED_ABSENCE'],
};

function deskApi() {
  return mockApi({
    'GET /api/auth/me': () => json(me),
    'GET /api/metrics/compliance': () =>
      json({
        year: 2022,
        threshold: 0.9,
        agencies: [own, { ...own, agencyCode: 'YB-GA-1', agencyName: '下级派出所', appearanceRate: 0 }],
        groups: [{ group: 'ALL', appearanceRate: 0.5 }],
      }),
    'GET /api/warnings': () =>
      json(
        page([
          {
            id: 1,
            hearingId: 3,
            caseId: 4,
            caseNumber: '（2022）渝0112行初1号',
            scheduledAt: '2026-12-08T09:30:00+08:00',
          },
        ]),
      ),
    'GET /api/lost-case-reports': () =>
      json(
        page([
          { caseId: 1, dueOn: '2026-11-01', overdue: true, status: 'DUE' },
          { caseId: 2, dueOn: '2026-12-20', overdue: false, status: 'DUE' },
        ]),
      ),
    'GET /api/recommendations': () => json(page([{ id: 7, dueOn: '2026-12-15', overdue: false, status: 'RECEIVED' }])),
    'GET /api/monthly-reports': () => json([]),
    'GET /api/trainings': () => json(page([{ id: 9, startsAt: '2099-01-10T09:00:00+08:00', topic: '出庭应诉' }])),
  });
}

describe('DeskPage', () => {
  it('labels the agency’s own figures as its own and lists its to-dos with deadlines and links', async () => {
    const api = deskApi();
    renderPage(<DeskPage />, { route: '/desk', path: '/desk?year=2022' });
    expect(await screen.findByText('本机关出庭应诉率')).toBeInTheDocument();
    expect(await screen.findByText('97.5%')).toBeInTheDocument();
    expect(screen.queryByText(/全区|区政府/)).not.toBeInTheDocument();
    expect(screen.queryByText('下级派出所')).not.toBeInTheDocument();
    expect(api.find('GET', '/api/metrics/compliance')[0].query.get('agencyCode')).toBe('YB-GA');

    expect(await screen.findByText('最早应于 2026-11-01 前报送')).toBeInTheDocument();
    expect(screen.getByText('已逾期 1 件')).toBeInTheDocument();
    expect(screen.getByText('最早应于 2026-12-15 前答复')).toBeInTheDocument();
    expect(screen.getByText(/月的月报尚未报送/)).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: '去处理' }).map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/warnings', '/lost-cases', '/recommendations', '/trainings']));
    expect(links.some((href) => href?.startsWith('/monthly-reports?year='))).toBe(true);
  });
});
