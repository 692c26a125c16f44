import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { TrainingsPage } from './TrainingsPage';

const held = {
  id: 5,
  topic: '行政诉讼证据规则',
  speaker: '王法官',
  speakerCourt: '重庆市渝北区人民法院',
  startsAt: '2026-03-02T14:30:00+08:00',
  place: '区政府第二会议室',
  invited: 2,
  attended: 0,
  absent: 0,
  invitations: [
    {
      officialCode: 'YB-GA-001',
      officialName: '孙局长',
      officialTitle: '局长',
      role: 'PRINCIPAL',
      head: true,
      agencyCode: 'YB-GA',
      agencyName: '区公安分局',
      attendance: 'INVITED',
    },
    {
      officialCode: 'YB-GA-002',
      officialName: '钱副局长',
      officialTitle: '副局长',
      role: 'DEPUTY',
      head: true,
      agencyCode: 'YB-GA',
      agencyName: '区公安分局',
      attendance: 'INVITED',
    },
  ],
  version: 4,
};

function trainingsApi() {
  return mockApi({
    'GET /api/trainings': () => json(page([held])),
    'GET /api/trainings/reminders': () =>
      json([
        {
          sessionId: 9,
          topic: '庭审礼仪',
          speaker: '李法官',
          startsAt: '2026-03-09T09:00:00+08:00',
          place: '区法院',
          agencyCode: 'YB-GA',
          agencyName: '区公安分局',
          officials: ['孙局长'],
          remindedAt: null,
        },
      ]),
    'GET /api/trainings/coverage': () =>
      json({
        year: 2026,
        sessions: 1,
        heads: 4,
        headsTrained: 1,
        share: 0.25,
        agencies: [
          {
            agencyCode: 'YB-GA',
            agencyName: '区公安分局',
            kind: 'DEPARTMENT',
            heads: 4,
            headsInvited: 2,
            headsTrained: 1,
            share: 0.25,
            untrained: ['钱副局长', '赵副局长', '周副局长'],
          },
        ],
      }),
    'GET /api/agencies': () => json(page([])),
    'PUT /api/trainings/5/attendance': () => json({ ...held, attended: 1, absent: 1, version: 5 }),
  });
}

describe('TrainingsPage', () => {
  it('reminds of coming sessions and records attendance with the version it read', async () => {
    const api = trainingsApi();
    const user = userEvent.setup();
    renderPage(<TrainingsPage />, { route: '/trainings', path: '/trainings?year=2026' });

    expect(await screen.findByText('邀请 2 人，出席 0 人')).toBeInTheDocument();
    expect(screen.getByText(/庭审礼仪（区法院）· 区公安分局：孙局长/)).toBeInTheDocument();
    expect(api.find('GET', '/api/trainings')[0].query.get('year')).toBe('2026');
    await user.click(screen.getByRole('button', { name: /登记出席/ }));
    const dialog = await screen.findByRole('dialog');
    const radios = within(dialog).getAllByRole('radio');
    await user.click(radios[0]);
    await user.click(radios[3]);
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(api.find('PUT', '/api/trainings/5/attendance')).toHaveLength(1));
    const recorded = api.find('PUT', '/api/trainings/5/attendance')[0];
    expect(recorded.headers.get('If-Match')).toBe('"4"');
    expect(recorded.body).toEqual({
      attendance: [
        { officialCode: 'YB-GA-001', attended: true },
        { officialCode: 'YB-GA-002', attended: false },
      ],
    });
    // Many dialog steps in jsdom: on a loaded 2-core CI machine this took 65 s, beyond the default 30 s.
  }, 180_000);

  it('shows an agency the share of its heads trained, without the bureau’s actions', async () => {
    const api = trainingsApi();
    renderPage(<TrainingsPage canManage={false} />, { route: '/trainings', path: '/trainings?tab=coverage&year=2026' });
    expect(await screen.findByText('25.0%')).toBeInTheDocument();
    expect(screen.getByText('钱副局长、赵副局长、周副局长')).toBeInTheDocument();
    expect(api.find('GET', '/api/trainings/coverage')[0].query.get('year')).toBe('2026');
    expect(screen.queryByRole('button', { name: /新建培训/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /立即发送提醒/ })).not.toBeInTheDocument();
  });
});
