import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

/** The demo accounts the app creates in demo mode (README, Security); every one has this password. */
export const DEMO_PASSWORD = 'yingsu-demo';

/** A fresh browser context (its own cookies), as a different person at another desk would have. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => console.error('[browser]', error));
  return page;
}

/** Logs in through the login page, as a person does, and waits for the app's menu. */
export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${inject('baseUrl')}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByRole('menu').first().waitFor();
}
