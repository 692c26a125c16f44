import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, signedInAs } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { AddHearingButton, HearingActions } from './HearingActions';

const hearing = {
  id: 9,
  caseId: 3,
  court: '重庆市渝北区人民法院',
  caseNumber: '（2026）渝0112行初1号',
  version: 4,
  scheduledAt: '2026-03-01T09:30:00+08:00',
  date: '2026-03-01',
  status: 'SCHEDULED' as const,
};

async function pickDateTime(user: ReturnType<typeof userEvent.setup>, value: string) {
  const input = screen.getByLabelText('开庭时间');
  await user.click(input);
  await user.clear(input);
  await user.type(input, value);
  // The picker's own 确定: Enter would also submit the dialog's form.
  await user.click(screen.getByRole('button', { name: /确\s*定/ }));
}

describe('AddHearingButton', () => {
  it('is not offered to an agency, which cannot schedule hearings', async () => {
    const api = mockApi(signedInAs('AGENCY', 'YB-GA'));
    renderPage(<AddHearingButton caseId={3} />);
    await waitFor(() => expect(api.find('GET', '/api/auth/me')).toHaveLength(1));
    expect(screen.queryByRole('button', { name: /新增开庭/ })).not.toBeInTheDocument();
  });

  it('asks for the status instead of presuming the hearing was held, then creates it in Shanghai time', async () => {
    const api = mockApi({
      ...signedInAs('COURT'),
      'POST /api/hearings': () => json({ ...hearing, id: 10 }, 201),
    });
    const user = userEvent.setup();
    renderPage(<AddHearingButton caseId={3} />);
    await user.click(await screen.findByRole('button', { name: /新增开庭/ }));
    const dialog = await screen.findByRole('dialog');
    for (const radio of within(dialog).getAllByRole('radio')) expect(radio).not.toBeChecked();
    await pickDateTime(user, '2026-03-01 09:30');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('请选择开庭状态')).toBeInTheDocument();
    expect(api.find('POST', '/api/hearings')).toHaveLength(0);

    await user.click(within(dialog).getByLabelText('待开庭'));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(api.find('POST', '/api/hearings')).toHaveLength(1));
    expect(api.find('POST', '/api/hearings')[0].body).toEqual({
      caseId: 3,
      scheduledAt: '2026-03-01T09:30:00+08:00',
      status: 'SCHEDULED',
    });
  });

  it('shows the server’s refusal at the time field', async () => {
    mockApi({
      ...signedInAs('ADMIN'),
      'POST /api/hearings': () =>
        problem(409, {
          title: 'Conflict',
          errors: [{ field: 'scheduledAt', message: 'this case already has a hearing at this time' }],
        }),
    });
    const user = userEvent.setup();
    renderPage(<AddHearingButton caseId={3} />);
    await user.click(await screen.findByRole('button', { name: /新增开庭/ }));
    const dialog = await screen.findByRole('dialog');
    await pickDateTime(user, '2026-03-01 09:30');
    await user.click(within(dialog).getByLabelText('待开庭'));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    const field = screen.getByLabelText('开庭时间').closest('.ant-form-item') as HTMLElement;
    expect(await within(field).findByText('该案件在此时间已有一次开庭')).toBeInTheDocument();
  });
});

describe('HearingActions', () => {
  it('offers nothing to an agency', async () => {
    const api = mockApi(signedInAs('AGENCY', 'YB-GA'));
    renderPage(<HearingActions hearing={hearing} />);
    await waitFor(() => expect(api.find('GET', '/api/auth/me')).toHaveLength(1));
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /取消开庭/ })).not.toBeInTheDocument();
  });

  it('lets the court edit and cancel, but only the bureau delete', async () => {
    mockApi(signedInAs('COURT'));
    renderPage(<HearingActions hearing={hearing} />);
    expect(await screen.findByRole('button', { name: /编\s*辑/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /取消开庭/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /删\s*除/ })).not.toBeInTheDocument();
  });

  it('changes the time with the version it was read at', async () => {
    const api = mockApi({
      ...signedInAs('ADMIN'),
      'PUT /api/hearings/9': () => json({ ...hearing, version: 5, status: 'POSTPONED' }),
    });
    const user = userEvent.setup();
    renderPage(<HearingActions hearing={hearing} />);
    expect(await screen.findByRole('button', { name: /删\s*除/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('待开庭')).toBeChecked();
    await pickDateTime(user, '2026-03-08 14:30');
    await user.click(within(dialog).getByLabelText('已延期'));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(api.find('PUT', '/api/hearings/9')).toHaveLength(1));
    const request = api.find('PUT', '/api/hearings/9')[0];
    expect(request.headers.get('If-Match')).toBe('"4"');
    expect(request.body).toEqual({ scheduledAt: '2026-03-08T14:30:00+08:00', status: 'POSTPONED' });
  });

  it('cancels after asking, keeping the time, and says in Chinese why the server refused', async () => {
    const api = mockApi({
      ...signedInAs('COURT'),
      'PUT /api/hearings/9': () =>
        problem(422, {
          title: 'Rule violated',
          errors: [
            {
              field: 'status',
              message: 'appearances are recorded at this hearing, so it must stay HELD; remove them first',
            },
          ],
        }),
    });
    const user = userEvent.setup();
    renderPage(<HearingActions hearing={hearing} />);
    await user.click(await screen.findByRole('button', { name: /取消开庭/ }));
    expect(await screen.findByText(/取消后本次开庭不再计入出庭义务/)).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: /取消开庭/ }).at(-1)!);
    await waitFor(() => expect(api.find('PUT', '/api/hearings/9')).toHaveLength(1));
    expect(api.find('PUT', '/api/hearings/9')[0].body).toEqual({
      scheduledAt: '2026-03-01T09:30:00+08:00',
      status: 'CANCELLED',
    });
    expect(await screen.findByText(/本次开庭已登记出庭人员，须保持“已开庭”/)).toBeInTheDocument();
  });
});
