import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';
import { run } from './api';

const baseUrl = inject('baseUrl');
// Tests make their own data with unique keys: the app may already hold demo data or an earlier run's.
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

describe('the packaged app', () => {
  it('serves the SPA shell in Chinese at /', async () => {
    await page.goto(baseUrl);
    await page.getByRole('menuitem', { name: '案件' }).waitFor();
    expect(await page.title()).toContain('应诉');
    await screenshot(page, '00-home');
  });

  it('creates an agency through the form and lists it', async () => {
    await page.getByRole('menuitem', { name: '机关与人员' }).click();
    await page.getByRole('menuitem', { name: '行政机关' }).click();
    await page.waitForURL(`${baseUrl}/agencies`);
    await page.getByRole('button', { name: /新\s*建/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('机关编码').fill(`E2E-${run}`);
    await dialog.getByLabel('机关名称').fill(`重庆市渝北区测试局${run}`);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已新建机关“重庆市渝北区测试局${run}”`).waitFor();
    await page.getByRole('cell', { name: `E2E-${run}`, exact: true }).waitFor();
    await screenshot(page, '10-agencies');
  });

  it('shows the server error at the field it concerns', async () => {
    await page.getByRole('button', { name: /新\s*建/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('机关编码').fill(`E2E-${run}`);
    await dialog.getByLabel('机关名称').fill('重复编码');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('已有相同编码的机关').waitFor();
    await screenshot(page, '12-agency-duplicate');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    // Unsaved input: closing asks first.
    await page.getByRole('button', { name: /离\s*开/ }).click();
  });

  it('opens a client-side route on reload', async () => {
    await page.goto(`${baseUrl}/officials?role=PRINCIPAL`);
    await page.getByRole('heading', { name: '人员' }).waitFor();
    // The demo district's principals, filtered by the role kept in the URL.
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table-row', { hasText: '工作人员' }).count()).toBe(0);
    await screenshot(page, '11-officials');
  });
});
