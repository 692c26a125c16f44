import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, signedInAs } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { CaseFileView } from './CaseFileView';

const file = {
  litigationCase: {
    id: 3,
    court: '重庆市渝北区人民法院',
    caseNumber: '（2026）渝0112行初1号',
    trialLevel: 'FIRST_INSTANCE',
    defendants: [
      { code: 'YB-GA', name: '重庆市公安局渝北区分局', kind: 'DEPARTMENT' },
      { code: 'YB-GOV', name: '重庆市渝北区人民政府', kind: 'DISTRICT_GOVERNMENT' },
    ],
  },
  hearings: [
    {
      hearing: { id: 9, caseId: 3, scheduledAt: '2026-03-01T09:30:00+08:00', status: 'SCHEDULED', version: 0 },
      notices: [
        { id: 5, hearingId: 9, agencyCode: 'YB-GOV', number: '（2026）渝0112行初1号之一', servedOn: '2026-02-20' },
      ],
      appearances: [],
      delegations: [],
    },
  ],
  outcome: null,
};

function render(role: 'AGENCY' | 'COURT') {
  mockApi({ ...signedInAs(role, role === 'AGENCY' ? 'YB-GA' : null), 'GET /api/cases/3/file': () => json(file) });
  return renderPage(<CaseFileView caseId={3} noticeActions={(n) => <span>通知书操作{n.id}</span>} />);
}

describe('CaseFileView', () => {
  it('offers the court to record the outcome, in a dialog that presumes nothing', async () => {
    const user = userEvent.setup();
    render('COURT');
    await screen.findByText('尚未审结');
    await user.click(await screen.findByRole('button', { name: /登记裁判结果/ }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(screen.getByLabelText('是')).not.toBeChecked();
  });

  it('offers an agency no outcome to record, and names the agency each notice was served on', async () => {
    render('AGENCY');
    expect(await screen.findByText('（2026）渝0112行初1号之一')).toBeInTheDocument();
    expect(screen.getAllByText('重庆市渝北区人民政府').length).toBeGreaterThan(1);
    expect(screen.getByText('通知书操作5')).toBeInTheDocument();
    expect(screen.getByText('尚未审结')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /登记裁判结果/ })).not.toBeInTheDocument();
  });
});
