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
});

afterAll(async () => {
  await session?.close();
});

describe('an agency’s desk against the real backend', () => {
  it('lands the agency on its own figures and to-dos, each linked to where it is done', async () => {
    await loginAs(page, 'department');
    await page.getByRole('heading', { name: '本机关工作台' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/desk');
    await page.goto(`${baseUrl}/desk?year=2022`);
    await page.getByText('本机关出庭应诉率').waitFor();
    await page.getByText('败诉案件报告待报送').waitFor();
    await page.getByText('司法建议待答复').waitFor();
    await page.getByText('月报待报送').waitFor();
    const text = await page.locator('main, .ant-layout-content').first().innerText();
    expect(text).not.toMatch(/全区|区政府通知出庭率|需关注的机关/);
    await screenshots(page, '133-desk');

    const lost = page.locator('.ant-card', { hasText: '败诉案件报告待报送' }).last();
    await lost.getByRole('link', { name: '去处理' }).click();
    await page.waitForURL(/\/lost-cases/);
  });
});
