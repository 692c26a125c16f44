import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, page, problem } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { AgencyFormModal } from './AgencyFormModal';

const agency = {
  code: 'YB-MZJ',
  name: '重庆市渝北区民政局',
  kind: 'DEPARTMENT' as const,
  parentCode: null,
  email: null,
  version: 4,
};

describe('AgencyFormModal', () => {
  it('saves an edit with the version the user saw as If-Match', async () => {
    const api = mockApi({
      'GET /api/agencies': () => json(page([agency])),
      'PUT /api/agencies/YB-MZJ': () => json({ ...agency, name: '渝北区民政局', version: 5 }),
    });
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderPage(<AgencyFormModal open agency={agency} onClose={onClose} />);

    expect(screen.getByLabelText('机关编码')).toBeDisabled();
    await user.clear(screen.getByLabelText('机关名称'));
    await user.type(screen.getByLabelText('机关名称'), '渝北区民政局');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const put = api.find('PUT', '/api/agencies/YB-MZJ')[0];
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(put.body).toEqual({ name: '渝北区民政局', kind: 'DEPARTMENT' });
  });

  it('explains a lost update plainly and keeps the dialog open', async () => {
    mockApi({
      'GET /api/agencies': () => json(page([agency])),
      'PUT /api/agencies/YB-MZJ': () =>
        problem(412, { title: 'Precondition failed', detail: 'Someone else changed this record meanwhile' }),
    });
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderPage(<AgencyFormModal open agency={agency} onClose={onClose} />);

    await user.type(screen.getByLabelText('机关名称'), '（改）');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('该记录已被他人修改，请刷新后再试')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('asks before discarding what was typed', async () => {
    mockApi({ 'GET /api/agencies': () => json(page([])) });
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderPage(<AgencyFormModal open onClose={onClose} />);

    await user.type(screen.getByLabelText('机关名称'), '新机关');
    await user.click(screen.getByRole('button', { name: /取\s*消/ }));
    // antd repeats a confirm's title for screen readers.
    expect((await screen.findAllByText('有未保存的修改')).length).toBeGreaterThan(0);
    expect(onClose).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /离\s*开/ }));
    expect(onClose).toHaveBeenCalled();
  });
});
