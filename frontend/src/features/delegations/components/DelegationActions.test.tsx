import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '@/testing/antd';
import { json, mockApi, page, problem, signedInAs } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { DelegationActions } from './DelegationActions';

const delegation = {
  id: 12,
  hearingId: 7,
  caseId: 3,
  caseNumber: '（2026）渝0112行初1号',
  hearingScheduledAt: '2099-03-01T09:30:00+08:00',
  agencyCode: 'YB-FGW',
  agencyName: '区发展改革委',
  reasonCategory: 'NON_DELEGABLE_DUTY' as const,
  reason: '主任当日出席市政府常务会议，无法出庭',
  delegateOfficialCode: 'YB-FGW-101',
  delegateName: '王科员',
  filedOn: '2099-02-20',
  late: false,
  status: 'SUBMITTED' as const,
  reviewComment: null,
  reviewedAt: null,
  courtFinding: null,
  papersAttached: true,
  version: 1,
};
const staff = [
  { code: 'YB-FGW-101', agencyCode: 'YB-FGW', name: '王科员', role: 'STAFF', validFrom: '2020-01-01', head: false },
  { code: 'YB-FGW-102', agencyCode: 'YB-FGW', name: '刘科员', role: 'STAFF', validFrom: '2020-01-01', head: false },
];

describe('DelegationActions', () => {
  it('offers nothing once the bureau reviewed it, nor to another agency or the court', async () => {
    for (const [me, d] of [
      [signedInAs('AGENCY', 'YB-FGW'), { ...delegation, status: 'APPROVED' as const }],
      [signedInAs('AGENCY', 'YB-GA'), delegation],
      [signedInAs('COURT'), delegation],
    ] as const) {
      const api = mockApi(me);
      const { unmount } = renderPage(<DelegationActions delegation={d} />);
      await waitFor(() => expect(api.find('GET', '/api/auth/me')).toHaveLength(1));
      expect(screen.queryByRole('button', { name: /编\s*辑/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /撤\s*回/ })).not.toBeInTheDocument();
      unmount();
    }
  });

  it('lets its agency change the delegate with the version it read, and shows a refusal at that field', async () => {
    const api = mockApi({
      ...signedInAs('AGENCY', 'YB-FGW'),
      'GET /api/officials': () => json(page(staff)),
      'PUT /api/delegations/12': () =>
        problem(422, {
          title: 'Rule violated',
          errors: [{ field: 'delegateOfficialCode', message: "刘科员 is not in post on the hearing's date" }],
        }),
    });
    const user = userEvent.setup();
    renderPage(<DelegationActions delegation={delegation} />);
    await user.click(await screen.findByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('具体理由')).toHaveValue(delegation.reason);
    await chooseOption(user, '受委托出庭的工作人员', /刘科员/);
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(api.find('PUT', '/api/delegations/12')).toHaveLength(1));
    const request = api.find('PUT', '/api/delegations/12')[0];
    expect(request.headers.get('If-Match')).toBe('"1"');
    expect(request.body).toEqual({
      reasonCategory: 'NON_DELEGABLE_DUTY',
      reason: delegation.reason,
      delegateOfficialCode: 'YB-FGW-102',
    });
    const field = within(dialog).getByLabelText('受委托出庭的工作人员').closest('.ant-form-item') as HTMLElement;
    expect(await within(field).findByText('此人在开庭当日不在任')).toBeInTheDocument();
  });

  it('withdraws it after asking', async () => {
    const api = mockApi({
      ...signedInAs('ADMIN'),
      'DELETE /api/delegations/12': () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup();
    renderPage(<DelegationActions delegation={delegation} />);
    await user.click(await screen.findByRole('button', { name: /撤\s*回/ }));
    expect(await screen.findByText(/撤回后视为未提交委托说明/)).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: /撤\s*回/ }).at(-1)!);
    await waitFor(() => expect(api.find('DELETE', '/api/delegations/12')).toHaveLength(1));
    expect(await screen.findByText('已撤回委托')).toBeInTheDocument();
  });
});
