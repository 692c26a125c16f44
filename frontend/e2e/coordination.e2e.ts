import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { post, run, shanghaiDate } from './api';
import { launchBrowser, screenshot, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';

const baseUrl = inject('baseUrl');
const agencyCode = `E2E-CO-${run}`;
const agencyName = `重庆市渝北区协调化解测试局${run}`;
const number = `渝北协调〔2026〕CO${run}号`;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  await post('/api/agencies', { code: agencyCode, name: agencyName, kind: 'DEPARTMENT' });
  // Entrusted by the court ten days ago, with a time limit that has passed.
  await post('/api/coordination/disputes', {
    number,
    source: 'ENTRUSTED_BEFORE_FILING',
    court: '重庆市渝北区人民法院',
    courtReference: `（2026）渝0112诉前调${run}号`,
    timeLimit: shanghaiDate(-1),
    receivedOn: shanghaiDate(-10),
    subject: '不服行政处罚决定，认为处罚过重',
    applicants: ['郑某'],
    agencyCodes: [agencyCode],
  });
  session = await launchBrowser();
  page = await newPage(session.browser);
  await loginAs(page, 'admin');
});

afterAll(async () => {
  await session?.close();
});

describe('the dispute coordination centre against the real backend', () => {
  it('assigns an entrusted dispute, records a meeting, resolves it and counts it in the figures', async () => {
    await page.goto(`${baseUrl}/coordination?agencyCode=${agencyCode}`);
    await page.getByRole('heading', { name: '行政争议协调化解中心' }).waitFor();
    await page.getByRole('menuitem', { name: '争议协调化解' }).waitFor();
    const row = page.locator('.ant-table-row', { hasText: number });
    await row.getByText('已受理', { exact: true }).waitFor();
    await row.getByText('逾期', { exact: true }).waitFor();
    await screenshot(page, '93-coordination');

    await row.getByRole('button', { name: /指派化解/ }).click();
    const start = page.getByRole('dialog', { name: /指派调解组织/ });
    await start.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已指派调解组织').waitFor();
    await row.getByText('化解中', { exact: true }).waitFor();

    await row.getByRole('button', { name: /记录协调会/ }).click();
    const meeting = page.getByRole('dialog', { name: /记录协调会/ });
    await meeting.getByLabel('地点').fill('协调化解中心第一调解室');
    await meeting.getByLabel('参加人员').fill('申请人郑某，被申请机关副局长，调解员');
    await meeting.getByLabel('会议情况').fill('双方同意由机关重新核定处罚幅度');
    await meeting.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已记录协调会').waitFor();

    await row.getByRole('button', { name: /化解成功/ }).click();
    const resolve = page.getByRole('dialog', { name: /登记化解结果/ });
    await resolve.getByText('撤诉', { exact: true }).click();
    await resolve.getByLabel('化解情况').fill('机关自行变更处罚决定，申请人撤回申请');
    await resolve.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已登记化解结果').waitFor();
    await row.getByText('已化解', { exact: true }).waitFor();

    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByText('双方同意由机关重新核定处罚幅度').waitFor();
    await screenshot(page, '94-coordination-resolved');

    await page.goto(`${baseUrl}/coordination?tab=figures`);
    await page.getByText('按调解组织').waitFor();
    await page.locator('.ant-table-row', { hasText: '区行政争议协调化解中心' }).waitFor();
    await page.locator('.ant-table-row', { hasText: agencyName }).waitFor();
    await screenshot(page, '95-coordination-figures');

    // The figures speak of the year the list was filtered to, and keep it for the list.
    await page.goto(`${baseUrl}/coordination?year=2022`);
    await page.getByRole('tab', { name: '中心统计' }).click();
    const figuresYear = page.getByRole('tabpanel').locator('.ant-picker-input input').first();
    await expect.poll(() => figuresYear.inputValue()).toBe('2022');
    await page.getByRole('tab', { name: '争议登记' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2022');

    await page.goto(`${baseUrl}/`);
    await page.getByText(/行政争议协调化解中心 · \d{4} 年/).waitFor();
    await screenshot(page, '96-dashboard-coordination');
  });
});
