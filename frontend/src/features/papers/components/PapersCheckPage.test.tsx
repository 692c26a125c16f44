import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { PapersCheckPage } from './PapersCheckPage';

const base = {
  agencyCode: 'YB-SWJ',
  agencyName: '重庆市渝北区水务局',
  court: '重庆市渝北区人民法院',
  officialCode: 'YB-SWJ-001',
  officialName: '赵某',
  officialTitle: '局长',
  officialRole: 'PRINCIPAL',
};
const pending = {
  ...base,
  kind: 'PENDING_IDENTITY',
  caseId: 41,
  caseNumber: '（2026）渝0112行初41号',
  hearingId: 90,
  hearingDate: '2026-10-24',
  ageDays: 40,
  overdue: true,
  appearanceId: 5,
  source: 'AGENCY',
};
const refused = {
  ...base,
  kind: 'DELEGATION_NOT_ACCEPTED',
  caseId: 42,
  caseNumber: '（2026）渝0112行初42号',
  hearingId: 91,
  hearingDate: '2026-11-20',
  ageDays: 13,
  overdue: false,
  delegationId: 8,
  delegationStatus: 'APPROVED',
  courtFinding: 'NOT_ACCEPTED',
};

describe('PapersCheckPage', () => {
  it('lists each item with its age and the overdue mark, linking to the case, and filters by kind', async () => {
    const api = mockApi({
      'GET /api/papers-check': () => json({ ...page([pending, refused]), pendingIdentityDays: 30 }),
      'GET /api/agencies': () => json(page([])),
    });
    const user = userEvent.setup();
    renderPage(<PapersCheckPage />, { route: '/papers-check', path: '/papers-check?minAgeDays=7' });

    expect(await screen.findByRole('link', { name: '（2026）渝0112行初41号' })).toHaveAttribute('href', '/cases/41');
    expect(screen.getByText('40 天')).toBeInTheDocument();
    expect(screen.getAllByText('逾期')).toHaveLength(1);
    expect(screen.getByRole('link', { name: '核验身份证明' })).toHaveAttribute('href', '/cases/41');
    expect(screen.getByRole('link', { name: '补齐材料或审核' })).toHaveAttribute('href', '/cases/42');
    expect(screen.getByText('来源：机关')).toBeInTheDocument();
    expect(api.find('GET', '/api/papers-check')[0].query.get('minAgeDays')).toBe('7');

    await user.click(screen.getByRole('tab', { name: '法院未采纳委托' }));
    await waitFor(() =>
      expect(api.find('GET', '/api/papers-check').at(-1)?.query.get('kind')).toBe('DELEGATION_NOT_ACCEPTED'),
    );
  });
});
