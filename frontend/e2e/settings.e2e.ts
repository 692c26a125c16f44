import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchBrowser, screenshot, screenshots, type BrowserSession } from './browser';
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

/** Types into the dialog's points and presses 保存. */
async function savePoints(value: string) {
  const dialog = page.getByRole('dialog', { name: /2021年每件无正当理由未出庭扣分/ });
  await dialog.getByLabel('每件扣分').fill(value);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  return dialog;
}

describe('考核扣分标准 against the real backend', () => {
  it('refuses out-of-range points, asks before a change stating its effect, and keeps the history', async () => {
    await page.goto(`${baseUrl}/assessment?year=2021`);
    await page.getByRole('heading', { name: '考核扣分' }).waitFor();
    const before = Number((await page.getByText(/^每件扣 [\d.]+ 分$/).textContent())?.match(/[\d.]+/)?.[0]);

    await page.getByRole('button', { name: /修改扣分标准/ }).click();
    const dialog = await savePoints('-3');
    await dialog.getByText('每件扣分不能小于 0 分').waitFor();
    await savePoints('1000');
    await dialog.getByText('每件扣分不能大于 100 分').waitFor();
    await screenshot(page, '130-points-out-of-range');

    await savePoints(String(before + 1));
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.getByText(`2021 年每件无正当理由未出庭的扣分将由 ${before} 分变为 ${before + 1} 分。`).waitFor();
    await confirm.getByText(/2021 年(扣分将由 [\d.]+ 分变为 [\d.]+ 分|目前没有无正当理由未出庭的案件)/).waitFor();
    await screenshot(page, '131-points-confirm');
    await confirm.getByRole('button', { name: '确认修改' }).click();
    await page.getByText('已修改 2021 年的扣分标准').waitFor();
    await page.getByText(`每件扣 ${before + 1} 分`).waitFor();

    // Back to what it was: the history shows both changes, the latest first.
    await page.getByRole('button', { name: /修改扣分标准/ }).click();
    await savePoints(String(before));
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '确认修改' }).click();
    await page.getByText(`每件扣 ${before} 分`).waitFor();
    const history = page.locator('.ant-card', { hasText: '扣分标准修改记录' });
    const rows = history.locator('.ant-table-row');
    await rows.nth(1).waitFor();
    await rows
      .first()
      .getByText(`${before + 1} 分`)
      .waitFor();
    await rows.first().getByText(`${before} 分`).waitFor();
    await screenshots(page, '132-points-history');
  });
});
