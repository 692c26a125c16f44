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

describe('委托审查 informs the decision (issue 18, item 5)', () => {
  it('finds a delegation by its 案号 typed with half-width brackets', async () => {
    await page.goto(`${baseUrl}/delegations`);
    const first = page.locator('.ant-table-row').first();
    await first.waitFor();
    const caseNumber = ((await first.locator('a').first().textContent()) ?? '').trim();
    expect(caseNumber).toMatch(/^（\d{4}）/);
    const typed = caseNumber.replace('（', '(').replace('）', ')');
    await page.getByPlaceholder('按案号查找').fill(typed);
    await page.getByPlaceholder('按案号查找').press('Enter');
    await page.waitForURL(/q=/);
    // Every row the filtered list shows is of that case (the previous page's rows are gone).
    await page.waitForFunction((number) => {
      const rows = Array.from(document.querySelectorAll('.ant-table-row'));
      return rows.length > 0 && rows.every((row) => row.textContent?.includes(number));
    }, caseNumber);
    expect(await page.locator('.ant-table-row').evaluateAll((rows) => rows.length)).toBeGreaterThan(0);
    for (const text of await page.locator('.ant-table-row').allTextContents()) expect(text).toContain(caseNumber);
    // The reason is shown whole: no ellipsis, no 展开.
    expect(await page.locator('.ant-table-row .ant-typography-ellipsis').count()).toBe(0);
    await screenshots(page, '120-review-search-half-width');
  });

  it('shows the timing verdict, the court’s finding, the delegate and the papers in the dialog', async () => {
    await page.goto(`${baseUrl}/delegations`);
    const row = page.locator('.ant-table-row').first();
    await row.waitFor();
    await row.getByRole('button', { name: /退\s*回/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('时限').waitFor();
    await dialog.getByText(/本次缺席/).waitFor();
    await dialog.getByText('法院审查').waitFor();
    await dialog.getByText('附件').waitFor();
    await dialog.locator('.ant-list').first().waitFor();
    await screenshots(page, '121-review-dialog');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('selects rows for one batch decision with one comment', async () => {
    const boxes = page.locator('.ant-table-row .ant-checkbox-input');
    await boxes.first().waitFor();
    await page.getByText('勾选多项后可用同一审查意见批量通过或退回').waitFor();
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByText('已选 2 项').waitFor();
    await page.getByRole('button', { name: '批量退回' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('退回所选 2 项委托？').waitFor();
    await dialog.getByText('同一审查意见适用于所选各项').waitFor();
    await screenshots(page, '122-review-batch-dialog');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
