import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { chooseOption, typeDate } from '@/testing/antd';
import { json, mockApi } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { OutcomeModal } from './OutcomeModal';

describe('OutcomeModal', () => {
  it('presumes nothing on a first record, and sends it without a version', async () => {
    const api = mockApi({
      'PUT /api/cases/3/outcome': () =>
        json({ caseId: 3, result: 'REVOKED', concludedOn: '2026-06-30', coordinated: false, version: 0 }),
    });
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderPage(<OutcomeModal caseId={3} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('是')).not.toBeChecked();
    expect(within(dialog).getByLabelText('否')).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('请选择裁判结果')).toBeInTheDocument();
    expect(within(dialog).getByText('请选择是否经协调化解')).toBeInTheDocument();

    await chooseOption(user, '结果', '撤销');
    await typeDate(user, '审结日期', '2026-06-30');
    await user.click(within(dialog).getByLabelText('否'));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const request = api.find('PUT', '/api/cases/3/outcome')[0];
    expect(request.headers.get('If-Match')).toBeNull();
    expect(request.headers.get('If-None-Match')).toBe('*');
    expect(request.body).toEqual({ result: 'REVOKED', concludedOn: '2026-06-30', coordinated: false });
    expect(await screen.findByText('已保存裁判结果')).toBeInTheDocument();
  });

  it('corrects a recorded outcome from the version it was read at', async () => {
    const outcome = {
      caseId: 3,
      result: 'REVOKED' as const,
      concludedOn: '2026-06-30',
      coordinated: false,
      version: 2,
    };
    const api = mockApi({ 'PUT /api/cases/3/outcome': () => json({ ...outcome, result: 'MEDIATED', version: 3 }) });
    const user = userEvent.setup();
    renderPage(<OutcomeModal caseId={3} outcome={outcome} onClose={vi.fn()} />);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('更正裁判结果')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('否')).toBeChecked();
    await chooseOption(user, '结果', '调解');
    await user.click(within(dialog).getByLabelText('是'));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(api.find('PUT', '/api/cases/3/outcome')).toHaveLength(1));
    const request = api.find('PUT', '/api/cases/3/outcome')[0];
    expect(request.headers.get('If-Match')).toBe('"2"');
    expect(request.body).toEqual({ result: 'MEDIATED', concludedOn: '2026-06-30', coordinated: true });
  });
});
