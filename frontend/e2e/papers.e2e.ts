import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { post, run, shanghaiDate } from './api';
import { launchBrowser, screenshot, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';

const baseUrl = inject('baseUrl');
const agencyCode = `E2E-PC-${run}`;
const agencyName = `重庆市渝北区手续检查测试局${run}`;
const caseNumber = `（2026）渝0112行初PC${run}号`;
let caseId: number;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  await post('/api/agencies', { code: agencyCode, name: agencyName, kind: 'DEPARTMENT' });
  await post('/api/officials', {
    code: `${agencyCode}-01`,
    agencyCode,
    name: '孙局长',
    role: 'PRINCIPAL',
    title: '局长',
    validFrom: '2020-01-01',
  });
  const created = await post<{ id: number }>('/api/cases', {
    court: '重庆市渝北区人民法院',
    caseNumber,
    trialLevel: 'FIRST_INSTANCE',
    filedOn: shanghaiDate(-90),
    causeOfAction: '行政许可',
    plaintiffs: ['郑某'],
    defendants: [agencyCode],
    mandatoryCategories: [],
  });
  caseId = created.id;
  // Heard 40 days ago; the head's identity proof was never checked.
  const hearing = await post<{ id: number }>('/api/hearings', {
    caseId,
    scheduledAt: `${shanghaiDate(-40)}T09:30:00+08:00`,
    status: 'HELD',
  });
  await post('/api/appearances', {
    hearingId: hearing.id,
    officialCode: `${agencyCode}-01`,
    spoke: true,
    identityStatus: 'PENDING',
  });

  session = await launchBrowser();
  page = await newPage(session.browser);
  await loginAs(page, 'admin');
});

afterAll(async () => {
  await session?.close();
});

describe('the papers check against the real backend', () => {
  it('lists a proof still pending 40 days after the hearing as overdue and leads to its case', async () => {
    await page.goto(`${baseUrl}/papers-check`);
    await page.getByRole('heading', { name: '手续检查' }).waitFor();
    await page.getByRole('menuitem', { name: '手续检查' }).waitFor();

    await page.goto(`${baseUrl}/papers-check?agencyCode=${agencyCode}&minAgeDays=31`);
    const row = page.locator('.ant-table-row', { hasText: caseNumber });
    await row.getByText('身份证明待核验').waitFor();
    await row.getByText('40 天').waitFor();
    await row.getByText('逾期').waitFor();
    await row.getByText(/局长孙局长/).waitFor();
    await screenshot(page, '85-papers-check');

    // Older than 41 days: nothing of this agency.
    await page.goto(`${baseUrl}/papers-check?agencyCode=${agencyCode}&minAgeDays=41`);
    await page.getByText('没有待检查的手续').waitFor();

    await page.goto(`${baseUrl}/papers-check?agencyCode=${agencyCode}`);
    await page.locator('.ant-table-row', { hasText: caseNumber }).getByRole('link', { name: caseNumber }).click();
    await page.waitForURL(`**/cases/${caseId}`);
    await page.getByRole('heading', { name: caseNumber }).waitFor();
    // The proof is resolved there, on the hearing's appearance.
    await page.locator('.ant-table-row', { hasText: '孙局长' }).getByText('待核验').waitFor();
    await screenshot(page, '86-papers-check-case');
  });
});
