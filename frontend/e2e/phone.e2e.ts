import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, type BrowserSession } from './browser';
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

async function pageWidth(): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('small screens against the real backend', () => {
  it('at 1366×768 the sidebar scrolls to 台账导入 and API令牌 with 监督 and 机关与人员 open', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('menuitem', { name: '监督' }).click();
    // Each section opens with an animation: the next one moves until it ends.
    await page.getByRole('menuitem', { name: '季度通报' }).waitFor();
    await page.getByRole('menuitem', { name: '机关与人员' }).click();
    await page.getByRole('menuitem', { name: '行政机关', exact: true }).waitFor();
    const tokens = page.getByRole('menuitem', { name: 'API令牌' });
    await tokens.scrollIntoViewIfNeeded();
    await screenshot(page, '134-sider-1366');
    await tokens.click();
    await page.waitForURL(/\/tokens/);
  });

  it('at 390×844 the header collapses, the menu is a drawer and the page keeps the screen’s width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/compliance?year=2022`);
    await page.getByRole('button', { name: '打开菜单' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await screenshot(page, '135-phone-compliance');

    await page.getByRole('button', { name: /司法局/ }).click();
    const account = page.locator('.ant-dropdown:not(.ant-dropdown-hidden)');
    await account.getByText('退出登录').waitFor();
    const box = await account.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await screenshot(page, '136-phone-account');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '打开菜单' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByRole('menuitem', { name: '案件' }).waitFor();
    await screenshot(page, '137-phone-menu');
    await drawer.getByRole('menuitem', { name: '案件' }).click();
    await page.waitForURL(/\/cases/);
    await page.locator('.ant-table-row').first().waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await screenshot(page, '138-phone-cases');
  });
});
