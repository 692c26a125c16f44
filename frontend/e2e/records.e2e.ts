import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { post, run, shanghaiDate } from './api';
import { launchBrowser, screenshot, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';

const baseUrl = inject('baseUrl');
// The record opens on last year, the year of the annual report.
const year = Number(shanghaiDate(0).slice(0, 4)) - 1;
const agencyCode = `E2E-SF-${run}`;
const headCode = `${agencyCode}-01`;
const attended = `（${year}）渝0112行初SF${run}号`;
const missed = `（${year}）渝0112行初SM${run}号`;
let session: BrowserSession;
let page: Page;

async function heardCase(caseNumber: string, date: string) {
  const created = await post<{ id: number }>('/api/cases', {
    court: '重庆市渝北区人民法院',
    caseNumber,
    trialLevel: 'FIRST_INSTANCE',
    filedOn: `${year}-01-05`,
    causeOfAction: '行政处罚',
    plaintiffs: ['冯某'],
    defendants: [agencyCode],
    mandatoryCategories: [],
  });
  return post<{ id: number }>('/api/hearings', {
    caseId: created.id,
    scheduledAt: `${date}T09:30:00+08:00`,
    status: 'HELD',
  });
}

beforeAll(async () => {
  await post('/api/agencies', { code: agencyCode, name: `重庆市渝北区述法测试局${run}`, kind: 'DEPARTMENT' });
  await post('/api/officials', {
    code: headCode,
    agencyCode,
    name: '周局长',
    role: 'PRINCIPAL',
    title: '局长',
    validFrom: '2020-01-01',
  });
  const hearing = await heardCase(attended, `${year}-05-10`);
  await post('/api/appearances', { hearingId: hearing.id, officialCode: headCode, spoke: false });
  await heardCase(missed, `${year}-09-20`);

  session = await launchBrowser();
  page = await newPage(session.browser);
  await loginAs(page, 'admin');
});

afterAll(async () => {
  await session?.close();
});

describe('the 述法 record against the real backend', () => {
  it('opens from the official’s row, lists the year and prints or downloads it', async () => {
    await page.goto(`${baseUrl}/officials?agencyCode=${agencyCode}`);
    const row = page.locator('.ant-table-row', { hasText: '周局长' });
    await row.getByRole('button', { name: /述\s*法/ }).click();
    await page.waitForURL(`**/records/${headCode}`);
    await page.getByRole('heading', { name: `周局长${year}年度出庭应诉情况` }).waitFor();
    await page.getByText(/本年度出庭应诉 1 次，其中出庭不出声 1 次/).waitFor();
    await page.locator('.ant-table-row', { hasText: attended }).waitFor();
    await page.locator('.ant-table-row', { hasText: missed }).getByText('无正当理由').waitFor();
    await screenshot(page, '87-official-record');

    // Printed, only the record: no menu, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: /打\s*印/ }).isVisible()).toBe(false);
    await screenshot(page, '88-official-record-print');
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载 PDF/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`述法材料-周局长-${year}.pdf`);

    // Another year holds none of it.
    await page.goto(`${baseUrl}/records/${headCode}?year=${year - 1}`);
    await page.getByText(/本年度出庭应诉 0 次/).waitFor();
  });
});
