import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption, typeDate } from '@/testing/antd';
import { json, mockApi, problem, signedInAs } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { NoticeActions, RegisterNoticeButton } from './NoticeActions';

const defendants = [
  { code: 'YB-GA', name: '重庆市公安局渝北区分局', kind: 'DEPARTMENT' as const },
  { code: 'YB-GOV', name: '重庆市渝北区人民政府', kind: 'DISTRICT_GOVERNMENT' as const },
];
const notice = {
  id: 5,
  hearingId: 9,
  caseId: 3,
  caseNumber: '（2026）渝0112行初1号',
  agencyCode: 'YB-GA',
  court: '重庆市渝北区人民法院',
  number: '（2026）渝0112行初1号之一',
  servedOn: '2026-02-20',
  hearingDate: '2026-03-01',
  leadDays: 9,
  late: false,
  version: 2,
};

describe('RegisterNoticeButton', () => {
  it('lets an agency register a notice it was served, for itself only', async () => {
    const api = mockApi({
      ...signedInAs('AGENCY', 'YB-GA'),
      'POST /api/notices': () => json(notice, 201),
    });
    const user = userEvent.setup();
    renderPage(<RegisterNoticeButton hearingId={9} defendants={defendants} />);
    await user.click(await screen.findByRole('button', { name: /登记通知书/ }));
    const dialog = await screen.findByRole('dialog');
    // Its own agency is the one defendant it acts for: no choice to make, and none of the other defendant.
    expect(within(dialog).getByText('重庆市公安局渝北区分局')).toBeInTheDocument();
    expect(within(dialog).queryByText('重庆市渝北区人民政府')).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('通知书文号'), ' （2026）渝0112行初1号之一 ');
    await typeDate(user, '送达日期', '2026-02-20');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(api.find('POST', '/api/notices')).toHaveLength(1));
    expect(api.find('POST', '/api/notices')[0].body).toEqual({
      hearingId: 9,
      agencyCode: 'YB-GA',
      number: '（2026）渝0112行初1号之一',
      servedOn: '2026-02-20',
    });
  });

  it('makes the court choose which defendant was served, and shows a duplicate number at its field', async () => {
    const api = mockApi({
      ...signedInAs('COURT'),
      'POST /api/notices': () =>
        problem(409, {
          title: 'Conflict',
          errors: [{ field: 'number', message: 'a notice with this court and number already exists' }],
        }),
    });
    const user = userEvent.setup();
    renderPage(<RegisterNoticeButton hearingId={9} defendants={defendants} />);
    await user.click(await screen.findByRole('button', { name: /登记通知书/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('通知书文号'), '（2026）渝0112行初1号之一');
    await typeDate(user, '送达日期', '2026-02-20');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('必填')).toBeInTheDocument();
    expect(api.find('POST', '/api/notices')).toHaveLength(0);

    await chooseOption(user, '被通知机关', '重庆市渝北区人民政府');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    const field = within(dialog).getByLabelText('通知书文号').closest('.ant-form-item') as HTMLElement;
    expect(await within(field).findByText('该法院已有相同编号的出庭通知书')).toBeInTheDocument();
    expect(api.find('POST', '/api/notices')[0].body).toMatchObject({ agencyCode: 'YB-GOV' });
  });

  it('is not offered to an agency that is not a defendant', async () => {
    const api = mockApi(signedInAs('AGENCY', 'YB-FGW'));
    renderPage(<RegisterNoticeButton hearingId={9} defendants={defendants} />);
    await waitFor(() => expect(api.find('GET', '/api/auth/me')).toHaveLength(1));
    expect(screen.queryByRole('button', { name: /登记通知书/ })).not.toBeInTheDocument();
  });
});

describe('NoticeActions', () => {
  it('offers an agency no correction: the court’s record is the court’s', async () => {
    const api = mockApi(signedInAs('AGENCY', 'YB-GA'));
    renderPage(<NoticeActions notice={notice} />);
    await waitFor(() => expect(api.find('GET', '/api/auth/me')).toHaveLength(1));
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).not.toBeInTheDocument();
  });

  it('corrects the service date with the version it was read at; only the bureau may delete', async () => {
    const api = mockApi({
      ...signedInAs('COURT'),
      'PUT /api/notices/5': () => json({ ...notice, servedOn: '2026-02-27', late: true, version: 3 }),
    });
    const user = userEvent.setup();
    renderPage(<NoticeActions notice={notice} />);
    await user.click(await screen.findByRole('button', { name: /编\s*辑/ }));
    expect(screen.queryByRole('button', { name: /删\s*除/ })).not.toBeInTheDocument();
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('送达日期')).toHaveValue('2026-02-20');
    const input = within(dialog).getByLabelText('送达日期');
    await user.click(input);
    await user.clear(input);
    await user.type(input, '2026-02-27{Enter}');
    await waitFor(() => expect(api.find('PUT', '/api/notices/5')).toHaveLength(1));
    const request = api.find('PUT', '/api/notices/5')[0];
    expect(request.headers.get('If-Match')).toBe('"2"');
    expect(request.body).toEqual({ servedOn: '2026-02-27' });
  });

  it('lets the bureau delete a notice entered in error', async () => {
    const api = mockApi({ ...signedInAs('ADMIN'), 'DELETE /api/notices/5': () => new Response(null, { status: 204 }) });
    const user = userEvent.setup();
    renderPage(<NoticeActions notice={notice} />);
    await user.click(await screen.findByRole('button', { name: /删\s*除/ }));
    expect(await screen.findByText(/仅用于删除误录的通知书/)).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: /删\s*除/ }).at(-1)!);
    await waitFor(() => expect(api.find('DELETE', '/api/notices/5')).toHaveLength(1));
    expect(await screen.findByText('已删除通知书 （2026）渝0112行初1号之一')).toBeInTheDocument();
  });
});
