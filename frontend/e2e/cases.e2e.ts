import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { post, postCase, run, shanghaiDate } from './api';
import { launchBrowser, screenshot, screenshots, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';
import { chooseOption } from './antd';

const baseUrl = inject('baseUrl');
// A minimal PDF: the server checks a document's declared type against its first bytes.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
const agencyCode = `E2E-AG-${run}`;
const caseNumber = `（2026）渝0112行初E2E${run}号`;
let caseId: number;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  await post('/api/agencies', { code: agencyCode, name: `重庆市渝北区测试局${run}`, kind: 'DEPARTMENT' });
  await post('/api/officials', {
    code: `${agencyCode}-01`,
    agencyCode,
    name: '张局长',
    role: 'PRINCIPAL',
    title: '局长',
    validFrom: '2020-01-01',
  });
  await post('/api/officials', {
    code: `${agencyCode}-17`,
    agencyCode,
    name: '王科员',
    role: 'STAFF',
    validFrom: '2020-01-01',
  });
  caseId = await postCase(caseNumber, [agencyCode], { mandatoryCategories: ['HIGH_SOCIAL_CONCERN'] });
  await post('/api/hearings', { caseId, scheduledAt: `${shanghaiDate(-2)}T09:30:00+08:00`, status: 'HELD' });
  await post('/api/hearings', { caseId, scheduledAt: `${shanghaiDate(10)}T14:30:00+08:00`, status: 'SCHEDULED' });

  session = await launchBrowser();
  page = await newPage(session.browser);
  await loginAs(page, 'admin');
});

afterAll(async () => {
  await session?.close();
});

describe('case work against the real backend', () => {
  it('finds the case in the 案件 list by its number, and keeps the search in the URL', async () => {
    await page.goto(`${baseUrl}/cases`);
    await page.getByRole('heading', { name: '案件' }).waitFor();
    await page.getByPlaceholder('搜索案号、案由或原告').fill(`E2E${run}`);
    await page.getByPlaceholder('搜索案号、案由或原告').press('Enter');
    await page.getByRole('link', { name: caseNumber }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe(`E2E${run}`);
    await screenshots(page, '20-cases');
  });

  it('finds it too by the number typed with half-width brackets and spaces', async () => {
    const typed = `(2026) 渝0112行初E2E${run}号`;
    await page.getByPlaceholder('搜索案号、案由或原告').fill(typed);
    await page.getByPlaceholder('搜索案号、案由或原告').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === typed);
    await page.getByRole('link', { name: caseNumber }).waitFor();
  });

  it('shows the case file with its hearings', async () => {
    await page.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { name: caseNumber }).waitFor();
    await page.getByText('已开庭').waitFor();
    await page.getByText('待开庭').waitFor();
    await screenshots(page, '21-case');
  });

  it('records the head’s appearance at the held hearing', async () => {
    await page.getByRole('button', { name: '登记出庭' }).click();
    await page.getByRole('heading', { name: '登记出庭' }).waitFor();
    await chooseOption(page.getByLabel('出庭人员', { exact: true }), '张局长');
    await page.keyboard.press('Escape');
    // Nothing is presumed: saving without saying whether the head spoke and how the proof was checked is refused.
    await page.getByRole('button', { name: /登\s*记/ }).click();
    await page.getByText('请选择是否出声').waitFor();
    await page.getByText('请选择身份证明核验结果').waitFor();
    await page.getByLabel(/^出声/).check();
    await page.getByLabel('已核验').check();
    await screenshots(page, '22-appearance-form');
    await page.getByRole('button', { name: /登\s*记/ }).click();
    await page.getByRole('heading', { name: caseNumber }).waitFor();
    await page.getByText('计为负责人出庭').first().waitFor();
  });

  it('corrects the appearance when the head in fact did not speak, and shows the agency by name', async () => {
    const row = page.locator('.ant-table-row', { hasText: '张局长' });
    await row.getByText(`重庆市渝北区测试局${run}`).waitFor();
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('更正 张局长 的出庭情况').waitFor();
    await dialog.getByLabel('未出声').check();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('未出声').waitFor();
    await screenshots(page, '21b-case-corrected');
  });

  it('files a delegation for the coming hearing, checking the rules first', async () => {
    await page.getByRole('button', { name: '提交委托' }).last().click();
    await page.getByRole('heading', { name: '提交委托' }).waitFor();
    await chooseOption(page.getByLabel('负责人不能出庭的事由', { exact: true }), '需要履行他人不能代替的公务');
    await page.getByLabel('具体理由').fill('太短');
    await page
      .getByRole('button', { name: /提\s*交/ })
      .last()
      .click();
    await page.getByText('请具体说明理由，至少 10 个字').waitFor();
    await page.getByLabel('具体理由').fill('局长当日出席市政府常务会议，需要履行他人不能代替的公务');
    await chooseOption(page.getByLabel('受委托出庭的工作人员', { exact: true }), '王科员');
    await page.keyboard.press('Escape');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
    // The bureau approves only with the delegation letter attached (art. 9).
    await page.locator('input[type="file"]').setInputFiles({
      name: '授权委托书.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByText('授权委托书.pdf').waitFor();
    await screenshot(page, '23-delegation-form');
    await page
      .getByRole('button', { name: /提\s*交/ })
      .last()
      .click();
    await page.getByRole('heading', { name: caseNumber }).waitFor();
    await page.getByText('待审查').first().waitFor();
  });

  it('lets the bureau approve it in the review queue, which refreshes by itself', async () => {
    await page.getByRole('menuitem', { name: '委托审查' }).click();
    await page.getByRole('heading', { name: '委托审查' }).waitFor();
    const row = page.locator('.ant-table-row', { hasText: caseNumber });
    await row.waitFor();
    await screenshot(page, '30-review-queue');
    await row.getByRole('button', { name: /通\s*过/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('局长当日出席市政府常务会议').waitFor();
    await dialog.getByRole('button', { name: /通\s*过/ }).click();
    await page.getByText('已通过委托').waitFor();
    await row.waitFor({ state: 'detached' });

    await page.goto(`${baseUrl}/cases/${caseId}`);
    await page.getByText('已通过').first().waitFor();
  });

  it('creates by hand a case the court did not push, storing its 案号 in the courts’ form', async () => {
    await page.goto(`${baseUrl}/cases`);
    await page.getByRole('button', { name: /新建案件/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('案号').fill(`(2026) 渝0112行初E2EH${run}号`);
    await dialog.getByLabel('案由').fill('行政许可');
    await chooseOption(dialog.getByLabel('被告机关', { exact: true }), `重庆市渝北区测试局${run}`, `测试局${run}`);
    await page.keyboard.press('Escape');
    await screenshots(page, '24-case-create');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('heading', { name: `（2026）渝0112行初E2EH${run}号` }).waitFor();
  });
});
