import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { launchBrowser, screenshot, screenshotDir, type BrowserSession } from './browser';
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

describe('季度通报 against the demo district', () => {
  it('previews 2022 Q4, publishes it and shows the numbered bulletin ready to print', async () => {
    await page.getByRole('menuitem', { name: '监督' }).click();
    await page.getByRole('menuitem', { name: '季度通报' }).click();
    await page.getByRole('heading', { name: '季度通报' }).waitFor();
    await page.goto(`${baseUrl}/bulletins?quarter=2022-Q4`);
    const title = '关于2022年第四季度全区行政机关负责人出庭应诉情况的通报';
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText('（发布时编号）').waitFor();
    await screenshot(page, '76-bulletin-preview');

    await page.getByRole('button', { name: /^发\s*布$/ }).click();
    await page.getByRole('button', { name: /确\s*定/ }).click();
    await page.waitForURL(/\/bulletins\/\d+$/);
    const number = page.getByText(/^渝北司法应诉通〔\d{4}〕\d+号$/);
    await number.waitFor();
    await page.getByRole('button', { name: '打印' }).waitFor();
    await screenshot(page, '77-bulletin');

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载 PDF/ }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^季度通报-2022-Q4-渝北司法应诉通〔\d{4}〕\d+号\.pdf$/);
    // Kept beside the screenshots, for a person to look at.
    await pdf.saveAs(join(screenshotDir, '77-bulletin.pdf'));

    // Printed, only the document remains: no menu, no header, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
    await screenshot(page, '79-bulletin-print');
    await page.emulateMedia({ media: 'screen' });

    // The same quarter again is a correction only.
    await page.goto(`${baseUrl}/bulletins?quarter=2022-Q4`);
    await page.getByText(/本季度已发布 渝北司法应诉通/).waitFor();
    await page.getByRole('button', { name: '发布更正版' }).waitFor();
  });

  it('is read whole by an agency of the district', async () => {
    const agencyPage = await newPage(session.browser);
    await loginAs(agencyPage, 'department');
    await agencyPage.goto(`${baseUrl}/bulletins`);
    await agencyPage
      .getByRole('link', { name: /渝北司法应诉通/ })
      .first()
      .click();
    await agencyPage.getByRole('heading', { name: /2022年第四季度/ }).waitFor();
    // Other agencies' names are in it: the bulletin is sent to every agency.
    await agencyPage.getByText('二、各单位出庭应诉率排名').waitFor();
    expect(await agencyPage.locator('.bulletin-table').count()).toBeGreaterThan(2);
    expect(await agencyPage.getByText('预览与发布').count()).toBe(0);
    await agencyPage.context().close();
  });
});
