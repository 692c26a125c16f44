import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { post, run, shanghaiDate } from './api';
import { chooseOption } from './antd';
import { launchBrowser, screenshot, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';

const baseUrl = inject('baseUrl');
const agencyCode = `E2E-RF-${run}`;
const agencyName = `重庆市渝北区追责测试局${run}`;
const caseNumber = `（2026）渝0112行初RF${run}号`;
const number = `渝北司法函〔2026〕RF${run}号`;
let hearingId: number;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  await post('/api/agencies', { code: agencyCode, name: agencyName, kind: 'DEPARTMENT' });
  await post('/api/officials', {
    code: `${agencyCode}-01`,
    agencyCode,
    name: '钱局长',
    role: 'PRINCIPAL',
    title: '局长',
    validFrom: '2020-01-01',
  });
  const created = await post<{ id: number }>('/api/cases', {
    court: '重庆市渝北区人民法院',
    caseNumber,
    trialLevel: 'FIRST_INSTANCE',
    filedOn: shanghaiDate(-60),
    causeOfAction: '行政强制',
    plaintiffs: ['吴某'],
    defendants: [agencyCode],
    mandatoryCategories: [],
  });
  // Heard a month ago with nobody of the agency present.
  const hearing = await post<{ id: number }>('/api/hearings', {
    caseId: created.id,
    scheduledAt: `${shanghaiDate(-30)}T09:30:00+08:00`,
    status: 'HELD',
  });
  hearingId = hearing.id;

  session = await launchBrowser();
  page = await newPage(session.browser);
  await loginAs(page, 'admin');
});

afterAll(async () => {
  await session?.close();
});

describe('accountability referrals against the real backend', () => {
  it('drafts a referral from a hearing no one attended, sends it and records the decision', async () => {
    await page.goto(`${baseUrl}/referrals`);
    await page.getByRole('heading', { name: '追责' }).waitFor();
    await page.getByRole('menuitem', { name: '追责' }).waitFor();
    await screenshot(page, '80-referrals');

    // The hearing's page would link here; the address names the source record.
    await page.goto(`${baseUrl}/referrals?new=NO_ONE_APPEARED&hearingId=${hearingId}&agencyCode=${agencyCode}`);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('依据记录').waitFor();
    await dialog.getByRole('button', { name: /载\s*入/ }).click();
    await page.getByText('已根据记录填写草稿').waitFor();
    const facts = dialog.getByLabel('基本情况');
    await expect.poll(() => facts.inputValue()).toContain('均未出庭应诉');
    await dialog.getByText(/钱局长/).waitFor();
    await screenshot(page, '81-referral-draft');
    await dialog.getByRole('button', { name: /保存草稿/ }).click();
    await page.getByText('已保存追责草稿').waitFor();

    const row = page.locator('.ant-table-row', { hasText: agencyName });
    await row.getByText('草稿').waitFor();
    await row.getByRole('button', { name: /移\s*送/ }).click();
    const send = page.getByRole('dialog', { name: /登记移送/ });
    await send.getByLabel('文号').fill(number);
    await send.getByRole('button', { name: /移\s*送/ }).click();
    await page.getByText('已登记移送').waitFor();
    await row.getByText(number).waitFor();

    await row.getByRole('button', { name: /登记反馈/ }).click();
    const answer = page.getByRole('dialog', { name: /处理结果/ });
    await chooseOption(answer.getByLabel('处理结果'), '诫勉谈话');
    await answer.getByLabel('处理情况').fill('区纪委监委对该局局长进行诫勉谈话');
    await answer.getByRole('button', { name: /登记反馈/ }).click();
    await page.getByText('已登记处理结果').waitFor();
    await row.getByText('已反馈').waitFor();
    await row.getByText('诫勉谈话').waitFor();

    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByText('区纪委监委对该局局长进行诫勉谈话', { exact: false }).first().waitFor();
    await screenshot(page, '82-referral-answered');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: /追责函/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`追责函-${number}.pdf`);
  });
});
