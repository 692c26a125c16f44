import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshots, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';

const baseUrl = inject('baseUrl');
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await launchBrowser();
  page = await newPage(session.browser);
  await loginAs(page, 'admin');
});

afterAll(async () => {
  await session?.close();
});

/** The number the drill-down page says it lists, once its rows for these filters have arrived. */
async function listed(p: Page): Promise<number> {
  const count = p.getByTestId('duty-count');
  await count.filter({ hasText: /共 \d+ 件/ }).waitFor();
  await p.locator('.ant-table-row').first().waitFor();
  await p.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  return Number(/共 (\d+) 件/.exec((await count.textContent()) ?? '')?.[1]);
}

describe('every count opens the cases it counts (issue 18, item 3)', () => {
  it('opens an agency’s cases heard in 2022 from 合规统计, the count equal to the figure', async () => {
    await page.goto(`${baseUrl}/compliance?year=2022`);
    await page.locator('.ant-card', { hasText: '区政府部门和镇街' }).getByText('94.1%').first().waitFor();
    await page.getByText('点击数字查看所统计的案件').waitFor();
    await screenshots(page, '110-compliance-drill-links');
    // The district's total: 全区合计's cases heard open the list of every duty of the year.
    const total = page.locator('.ant-card', { hasText: '全区合计' }).locator('a').nth(1);
    const figure = Number(await total.textContent());
    await total.click();
    await page.waitForURL(/\/compliance\/duties\?year=2022/);
    expect(await listed(page)).toBe(figure);

    // An agency's row: its cases heard, then its unjustified absences.
    await page.goto(`${baseUrl}/compliance?year=2022`);
    const row = page
      .locator('.ant-table-row')
      .filter({ has: page.locator('td:nth-child(17) a') })
      .first();
    await row.waitFor();
    const agency = (await row.locator('td').first().textContent()) ?? '';
    const heard = Number(await row.locator('td:nth-child(3) a').textContent());
    await row.locator('td:nth-child(3) a').click();
    await page.waitForURL(/agencyCode=/);
    expect(await listed(page)).toBe(heard);
    expect(await page.locator('.ant-table-row').first().textContent()).toContain(agency);
    await page.getByText(/其中负责人未出庭 \d+ 件/).waitFor();
    await screenshots(page, '111-duties-of-an-agency');

    await page.getByLabel('出庭结果').click();
    await page.locator('.ant-select-item-option', { hasText: '无正当理由未出庭' }).click();
    await page.waitForURL(/result=UNJUSTIFIED/);
    // The filtered answer replaces the previous rows once it arrives.
    await expect.poll(() => page.locator('.ant-table-row', { hasText: '负责人已出庭' }).count()).toBe(0);
    const unjustified = await listed(page);
    expect(unjustified).toBeGreaterThan(0);
    expect(unjustified).toBeLessThan(heard);
    await screenshots(page, '112-duties-unjustified');
  });

  it('exports the list behind a figure as CSV and Excel', async () => {
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^应诉案件明细-2022.*\.csv$/);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('opens the cases heard, not filed, from the dashboard, marking those heard without the head', async () => {
    await page.goto(`${baseUrl}/?year=2022`);
    const flagged = page.locator('.ant-card', { hasText: '需关注的机关' }).locator('.ant-table-row').first();
    await flagged.waitFor();
    const heard = Number(await flagged.locator('td:nth-child(3) a').textContent());
    await flagged.getByRole('link', { name: '查看案件' }).click();
    await page.waitForURL(/\/compliance\/duties\?year=2022&agencyCode=/);
    expect(await listed(page)).toBe(heard);
    const absent = await page.locator('.ant-table-row.duty-unmet').count();
    expect(absent).toBeGreaterThan(0);
    await screenshots(page, '113-duties-from-dashboard');
  });

  it('shows an agency only its own duties', async () => {
    const agencyPage = await newPage(session.browser);
    await loginAs(agencyPage, 'department');
    await agencyPage.goto(`${baseUrl}/compliance/duties?year=2022`);
    await listed(agencyPage);
    const names = new Set(await agencyPage.locator('.ant-table-row td:first-child').allTextContents());
    expect(names.size).toBe(1);
    await screenshots(agencyPage, '114-duties-agency');
    await agencyPage.context().close();
  });
});
