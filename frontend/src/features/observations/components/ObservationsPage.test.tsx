import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { ObservationsPage } from './ObservationsPage';

const held = {
  id: 7,
  hearingId: 70,
  caseId: 12,
  court: '重庆市渝北区人民法院',
  caseNumber: '（2026）渝0112行初12号',
  causeOfAction: '行政处罚',
  scheduledAt: '2026-03-02T09:30:00+08:00',
  hearingStatus: 'HELD',
  title: '食品安全行政处罚案件旁听',
  typicalReason: '处罚程序问题具有普遍性',
  place: '区法院第三审判庭',
  invited: 2,
  attended: 0,
  absent: 0,
  invitations: [
    {
      officialCode: 'YB-GA-001',
      officialName: '孙局长',
      officialTitle: '局长',
      role: 'PRINCIPAL',
      agencyCode: 'YB-GA',
      agencyName: '区公安分局',
      attendance: 'INVITED',
    },
    {
      officialCode: 'YB-LJZ-002',
      officialName: '钱主任',
      officialTitle: '副主任',
      role: 'DEPUTY',
      agencyCode: 'YB-LJZ',
      agencyName: '龙溪街道',
      attendance: 'INVITED',
    },
  ],
  version: 3,
};

function observationsApi() {
  return mockApi({
    'GET /api/observations': () => json(page([held])),
    'GET /api/agencies': () => json(page([])),
    'PUT /api/observations/7/attendance': () => json({ ...held, attended: 1, absent: 1, version: 4 }),
  });
}

describe('ObservationsPage', () => {
  it('records each invitee as attended or absent, with the version it read', async () => {
    const api = observationsApi();
    const user = userEvent.setup();
    renderPage(<ObservationsPage />, { route: '/observations', path: '/observations?year=2026' });

    expect(await screen.findByText('邀请 2 人，出席 0 人')).toBeInTheDocument();
    expect(api.find('GET', '/api/observations')[0].query.get('year')).toBe('2026');
    await user.click(screen.getByRole('button', { name: /登记出席/ }));
    const dialog = await screen.findByRole('dialog');
    const radios = within(dialog).getAllByRole('radio');
    await user.click(radios[0]);
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('必填')).toBeInTheDocument();
    await user.click(radios[3]);
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(api.find('PUT', '/api/observations/7/attendance')).toHaveLength(1));
    const recorded = api.find('PUT', '/api/observations/7/attendance')[0];
    expect(recorded.headers.get('If-Match')).toBe('"3"');
    expect(recorded.body).toEqual({
      attendance: [
        { officialCode: 'YB-GA-001', attended: true },
        { officialCode: 'YB-LJZ-002', attended: false },
      ],
    });
  });

  it('shows an agency its invitations without the bureau’s actions', async () => {
    observationsApi();
    renderPage(<ObservationsPage canManage={false} />, { route: '/observations', path: '/observations' });
    await screen.findByText('食品安全行政处罚案件旁听');
    expect(screen.queryByRole('button', { name: /标记旁听庭审/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /邀请负责人/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '（2026）渝0112行初12号' })).not.toBeInTheDocument();
  });
});
