import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { CompliancePage } from './CompliancePage';
import { parsePeriod } from './period';

const report = {
  year: 2022,
  period: '2022-Q2',
  periodStart: '2022-04-01',
  periodEnd: '2022-06-30',
  trialLevel: 'FIRST_INSTANCE',
  threshold: 0.9,
  groups: [
    {
      group: 'DEPARTMENTS_AND_SUBDISTRICTS',
      casesHeard: 354,
      casesHeardWithHead: 333,
      appearanceRate: 333 / 354,
      appearanceRateChangePp: 19.6,
      lossRate: 27 / 370,
      decisionsChanged: 27,
      casesConcluded: 370,
    },
  ],
  agencies: [
    {
      agencyCode: 'YB-CGJ',
      agencyName: '重庆市渝北区城市管理局',
      agencyKind: 'DEPARTMENT',
      casesHeard: 21,
      casesHeardWithHead: 18,
      appearanceRate: 18 / 21,
      flags: ['BELOW_THRESHOLD', 'NO_ONE_APPEARED'],
    },
    { agencyCode: 'YB-IDLE', agencyName: '重庆市渝北区档案馆', agencyKind: 'OTHER', casesHeard: 0, noticesReceived: 0 },
  ],
};

describe('CompliancePage', () => {
  it('asks for the period in the URL and shows groups, agencies and flags', async () => {
    const api = mockApi({ 'GET /api/metrics/compliance': () => json(report) });
    renderPage(<CompliancePage />, { route: '/compliance', path: '/compliance?year=2022&quarter=2' });

    expect(await screen.findByText('94.1%')).toBeInTheDocument();
    expect(screen.getByText('85.7%')).toBeInTheDocument();
    expect(screen.getByText('无人出庭', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(screen.getByText('统计期间 2022-04-01 至 2022-06-30')).toBeInTheDocument();
    // Agencies without cases are hidden unless asked for.
    expect(screen.queryByText('重庆市渝北区档案馆')).not.toBeInTheDocument();
    await waitFor(() => expect(api.find('GET', '/api/metrics/compliance').length).toBeGreaterThan(0));
    const request = api.find('GET', '/api/metrics/compliance')[0];
    expect(Object.fromEntries(request.query)).toEqual({ year: '2022', quarter: '2', trialLevel: 'FIRST_INSTANCE' });
    expect(request.headers.get('Accept')).toBe('application/json');
  });
});

describe('parsePeriod', () => {
  it('falls back to the default year and ignores a month when a quarter is given', () => {
    expect(parsePeriod({ year: 'abc' }, 2026)).toEqual({ year: 2026 });
    expect(parsePeriod({ year: '2022', quarter: '3', month: '5' }, 2026)).toEqual({ year: 2022, quarter: 3 });
    expect(parsePeriod({ year: '2022', month: '13' }, 2026)).toEqual({ year: 2022 });
  });
});
