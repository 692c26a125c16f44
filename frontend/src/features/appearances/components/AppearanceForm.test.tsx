import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { chooseOption } from '@/testing/antd';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { AppearanceForm } from './AppearanceForm';

const held = {
  id: 9,
  caseId: 3,
  court: '重庆市渝北区人民法院',
  caseNumber: '（2022）渝0112行初1号',
  version: 0,
  scheduledAt: '2022-03-01T09:30:00+08:00',
  date: '2022-03-01',
  status: 'HELD' as const,
};
const defendants = [{ code: 'YB-GOV', name: '重庆市渝北区人民政府', kind: 'DISTRICT_GOVERNMENT' as const }];
const officials = [
  {
    code: 'YB-GOV-002',
    agencyCode: 'YB-GOV',
    name: '张某',
    role: 'DEPUTY',
    title: '副区长',
    validFrom: '2020-01-01',
    head: true,
  },
  { code: 'YB-GOV-017', agencyCode: 'YB-GOV', name: '赵某', role: 'STAFF', validFrom: '2020-01-01', head: false },
];

describe('AppearanceForm', () => {
  it('refuses a hearing that was not held, as the server would', () => {
    mockApi({ 'GET /api/officials': () => json(page(officials)) });
    renderPage(
      <AppearanceForm
        hearing={{ ...held, status: 'SCHEDULED' }}
        defendants={defendants}
        onDone={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(screen.getByText(/只能为已开庭的庭审登记出庭情况/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /登\s*记/ })).toBeDisabled();
  });

  it('accepts someone who is not a head, with a warning that it does not count', async () => {
    const api = mockApi({
      'GET /api/officials': () => json(page(officials)),
      'POST /api/appearances': () => json({ id: 1, countsAsHead: false }, 201),
    });
    const onDone = vi.fn();
    const user = userEvent.setup();
    renderPage(<AppearanceForm hearing={held} defendants={defendants} onDone={onDone} onCancel={vi.fn()} />);

    await chooseOption(user, '出庭人员', /赵某/);
    expect(await screen.findByText(/不是负责人：可以登记，但不计为负责人出庭/)).toBeInTheDocument();
    await user.click(screen.getByLabelText('未出声'));
    await user.click(screen.getByLabelText('已核验'));
    await user.click(screen.getByRole('button', { name: /登\s*记/ }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.find('POST', '/api/appearances')[0].body).toEqual({
      hearingId: 9,
      officialCode: 'YB-GOV-017',
      spoke: false,
      leftEarly: false,
      identityStatus: 'VERIFIED',
    });
  });

  it('asks for 是否出声 and the identity check instead of presuming them', async () => {
    const api = mockApi({ 'GET /api/officials': () => json(page(officials)) });
    const user = userEvent.setup();
    renderPage(<AppearanceForm hearing={held} defendants={defendants} onDone={vi.fn()} onCancel={vi.fn()} />);

    await chooseOption(user, '出庭人员', /张某/);
    expect(screen.getByLabelText(/^出声/)).not.toBeChecked();
    expect(screen.getByLabelText('已核验')).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: /登\s*记/ }));
    expect(await screen.findByText('请选择是否出声')).toBeInTheDocument();
    expect(screen.getByText('请选择身份证明核验结果')).toBeInTheDocument();
    expect(api.find('POST', '/api/appearances')).toHaveLength(0);
  });

  it('flags a head who did not speak', async () => {
    mockApi({ 'GET /api/officials': () => json(page(officials)) });
    const user = userEvent.setup();
    renderPage(<AppearanceForm hearing={held} defendants={defendants} onDone={vi.fn()} onCancel={vi.fn()} />);

    await chooseOption(user, '出庭人员', /张某/);
    await user.click(screen.getByLabelText('未出声'));
    expect(await screen.findByText(/将被标记为“出庭不出声”/)).toBeInTheDocument();
  });
});
