import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, page } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { LostCasesPage } from './LostCasesPage';

const SUMMARY =
  '法院认为我局在作出处罚决定前未告知原告陈述申辩的权利，程序违法，判决撤销。我局已修订执法文书模板，组织执法人员专题学习行政处罚法。';

const due = {
  caseId: 12,
  court: '重庆市渝北区人民法院',
  caseNumber: '（2026）渝0112行初12号',
  trialLevel: 'FIRST_INSTANCE',
  causeOfAction: '行政处罚',
  agencyCode: 'YB-GA',
  agencyName: '区公安分局',
  result: 'REVOKED',
  concludedOn: '2026-05-01',
  dueOn: '2026-05-31',
  status: 'DUE',
  overdue: true,
  late: false,
  version: 0,
};

function lostCasesApi(first: Record<string, unknown> = due) {
  let current: Record<string, unknown> = { ...first };
  return mockApi({
    'GET /api/lost-case-reports': () => json(page([current])),
    'GET /api/agencies': () => json(page([])),
    'PUT /api/lost-case-reports/12/YB-GA': (request) => {
      current = { ...current, ...(request.body as object), reportId: 5, version: 1 };
      return json(current);
    },
    'POST /api/lost-case-reports/12/YB-GA/submit': (request) => {
      current = { ...current, ...(request.body as object), status: 'SUBMITTED', overdue: false, version: 2 };
      return json(current);
    },
    'POST /api/lost-case-reports/12/YB-GA/guidance': (request) => {
      current = { ...current, ...(request.body as object), status: 'ANSWERED', version: 3 };
      return json(current);
    },
  });
}

const judgment = () => <span>判决书附件</span>;

describe('LostCasesPage', () => {
  it('marks the overdue task and carries the filters in the URL', async () => {
    const api = lostCasesApi();
    renderPage(<LostCasesPage judgment={judgment} />, {
      route: '/lost-cases',
      path: '/lost-cases?overdue=true&year=2026&status=DUE',
    });
    expect(await screen.findByText('已逾期')).toBeInTheDocument();
    expect(screen.getByText('撤销')).toBeInTheDocument();
    const query = api.find('GET', '/api/lost-case-reports')[0].query;
    expect(query.get('overdue')).toBe('true');
    expect(query.get('year')).toBe('2026');
    expect(query.get('status')).toBe('DUE');
    expect(screen.getByRole('checkbox', { name: '仅看逾期' })).toBeChecked();
  });

  it('saves a draft to attach the judgment, then files the summary with the draft’s version', async () => {
    const api = lostCasesApi();
    const user = userEvent.setup();
    renderPage(<LostCasesPage canAnswer={false} judgment={judgment} />, { route: '/lost-cases', path: '/lost-cases' });

    await user.click(await screen.findByRole('button', { name: /填写报告/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByText('判决书附件')).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('书面总结'), '程序违法');
    await user.click(within(dialog).getByRole('button', { name: /报\s*送/ }));
    expect(await within(dialog).findByText('书面总结至少 50 字')).toBeInTheDocument();
    expect(api.find('POST', '/api/lost-case-reports/12/YB-GA/submit')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: '保存草稿后上传裁判文书' }));
    await within(dialog).findByText('判决书附件');
    const draft = api.find('PUT', '/api/lost-case-reports/12/YB-GA')[0];
    expect(draft.headers.get('If-Match')).toBe('"0"');
    expect(draft.body).toEqual({ summary: '程序违法' });

    await user.clear(within(dialog).getByLabelText('书面总结'));
    await user.type(within(dialog).getByLabelText('书面总结'), SUMMARY);
    await user.click(within(dialog).getByRole('button', { name: /报\s*送/ }));
    await waitFor(() => expect(api.find('POST', '/api/lost-case-reports/12/YB-GA/submit')).toHaveLength(1));
    const filed = api.find('POST', '/api/lost-case-reports/12/YB-GA/submit')[0];
    expect(filed.headers.get('If-Match')).toBe('"1"');
    expect(filed.body).toEqual({ summary: SUMMARY });
  });

  it('lets the bureau answer a filed report with the version it read', async () => {
    const api = lostCasesApi({
      ...due,
      status: 'SUBMITTED',
      overdue: false,
      summary: SUMMARY,
      reportId: 5,
      version: 2,
    });
    const user = userEvent.setup();
    renderPage(<LostCasesPage canFile={false} judgment={judgment} />, { route: '/lost-cases', path: '/lost-cases' });

    await user.click(await screen.findByRole('button', { name: /提出指导意见/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(SUMMARY)).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('指导意见'), '请开展执法程序专项检查');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(api.find('POST', '/api/lost-case-reports/12/YB-GA/guidance')).toHaveLength(1));
    const answer = api.find('POST', '/api/lost-case-reports/12/YB-GA/guidance')[0];
    expect(answer.headers.get('If-Match')).toBe('"2"');
    expect(answer.body).toEqual({ guidance: '请开展执法程序专项检查' });
  });
});
