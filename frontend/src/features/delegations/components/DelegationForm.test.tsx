import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { chooseOption } from '@/testing/antd';
import { json, mockApi, page, problem } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { DelegationForm } from './DelegationForm';

const hearing = {
  id: 7,
  caseId: 3,
  court: '重庆市渝北区人民法院',
  caseNumber: '（2022）渝0112行初1号',
  version: 0,
  scheduledAt: '2099-03-01T09:30:00+08:00',
  date: '2099-03-01',
  status: 'SCHEDULED' as const,
};
const defendants = [{ code: 'YB-FGW', name: '区发展改革委', kind: 'DEPARTMENT' as const }];
const staff = [
  {
    code: 'YB-FGW-101',
    agencyCode: 'YB-FGW',
    name: '王科员',
    role: 'STAFF' as const,
    validFrom: '2020-01-01',
    head: false,
  },
];

function officialsApi() {
  return {
    'GET /api/officials': () => json(page(staff)),
  };
}

describe('DelegationForm', () => {
  it('checks the rules of R4 before sending anything', async () => {
    const api = mockApi({ ...officialsApi(), 'POST /api/delegations': () => json({}, 201) });
    const user = userEvent.setup();
    renderPage(<DelegationForm hearing={hearing} defendants={defendants} onDone={vi.fn()} onCancel={vi.fn()} />);

    await user.type(screen.getByLabelText('具体理由'), '  开会  ');
    await user.click(screen.getByRole('button', { name: /提\s*交/ }));

    expect(await screen.findByText('请具体说明理由，至少 10 个字（不含首尾空格）')).toBeInTheDocument();
    // antd shows each field's message as its own validation settles, not all at once.
    await waitFor(() => expect(screen.getAllByText('必填').length).toBeGreaterThanOrEqual(2));
    expect(api.find('POST', '/api/delegations')).toHaveLength(0);
  });

  it('offers only staff of the defendant agency as delegates', async () => {
    const api = mockApi(officialsApi());
    const user = userEvent.setup();
    renderPage(<DelegationForm hearing={hearing} defendants={defendants} onDone={vi.fn()} onCancel={vi.fn()} />);

    await chooseOption(user, '受委托出庭的工作人员', /王科员/);
    const query = api.find('GET', '/api/officials')[0].query;
    expect(query.get('agencyCode')).toBe('YB-FGW');
    expect(query.get('role')).toBe('STAFF');
  });

  it('sends the delegation and shows the server’s refusal at the delegate field', async () => {
    const api = mockApi({
      ...officialsApi(),
      'POST /api/delegations': () =>
        problem(422, {
          type: 'urn:yingsu:problem:rule-violated',
          title: 'Rule violated',
          errors: [
            {
              field: 'delegateOfficialCode',
              message: '王科员 is not staff of 区发展改革委: the delegate must be staff of the same agency',
            },
          ],
        }),
    });
    const onDone = vi.fn();
    const user = userEvent.setup();
    renderPage(<DelegationForm hearing={hearing} defendants={defendants} onDone={onDone} onCancel={vi.fn()} />);

    await chooseOption(user, '负责人不能出庭的事由', '需要履行他人不能代替的公务');
    await user.type(screen.getByLabelText('具体理由'), '主任当日出席市政府常务会议，无法出庭');
    await chooseOption(user, '受委托出庭的工作人员', /王科员/);
    await user.click(screen.getByRole('button', { name: /提\s*交/ }));

    await waitFor(() => expect(api.find('POST', '/api/delegations')).toHaveLength(1));
    expect(api.find('POST', '/api/delegations')[0].body).toEqual({
      hearingId: 7,
      agencyCode: 'YB-FGW',
      reasonCategory: 'NON_DELEGABLE_DUTY',
      reason: '主任当日出席市政府常务会议，无法出庭',
      delegateOfficialCode: 'YB-FGW-101',
    });
    const field = screen.getByLabelText('受委托出庭的工作人员').closest('.ant-form-item') as HTMLElement;
    expect(await within(field).findByText('受委托人须为本机关的工作人员')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('warns that a delegation after the hearing cannot justify the absence', () => {
    mockApi(officialsApi());
    renderPage(
      <DelegationForm
        hearing={{ ...hearing, scheduledAt: '2020-03-01T09:30:00+08:00', date: '2020-03-01', status: 'HELD' }}
        defendants={defendants}
        onDone={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(screen.getByText(/开庭后提交的委托会被记录，但不能作为缺席的正当理由/)).toBeInTheDocument();
  });
});
