import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { post, run, shanghaiDate } from './api';
import { launchBrowser, screenshot, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';
import { chooseOption, typeDate } from './antd';

const baseUrl = inject('baseUrl');
// Of kind OTHER, so that the seed's 2022 group figures (docs/domain.md §4) other tests check stay as they are.
const agencyCode = `E2E-IV-${run}`;
const agencyName = `重庆市渝北区约谈测试中心${run}`;
const caseNumber = `（2022）渝0112行初IV${run}号`;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  await post('/api/agencies', { code: agencyCode, name: agencyName, kind: 'OTHER' });
  await post('/api/officials', {
    code: `${agencyCode}-01`,
    agencyCode,
    name: '钱主任',
    role: 'PRINCIPAL',
    title: '主任',
    validFrom: '2020-01-01',
  });
  // Heard in 2022's third quarter with nobody of the agency there: at zero, and an unjustified absence.
  const created = await post<{ id: number }>('/api/cases', {
    court: '重庆市渝北区人民法院',
    caseNumber,
    trialLevel: 'FIRST_INSTANCE',
    filedOn: '2022-06-01',
    causeOfAction: '行政强制',
    plaintiffs: ['吴某'],
    defendants: [agencyCode],
    mandatoryCategories: [],
  });
  await post('/api/hearings', { caseId: created.id, scheduledAt: '2022-08-16T09:30:00+08:00', status: 'HELD' });

  session = await launchBrowser();
  page = await newPage(session.browser);
  await loginAs(page, 'admin');
});

afterAll(async () => {
  await session?.close();
});

describe('约谈 and 考核 against the real backend', () => {
  it('finds the agencies at zero in 2022, records one interview and completes it', async () => {
    await page.getByRole('menuitem', { name: '监督' }).click();
    await page.getByRole('menuitem', { name: '约谈' }).click();
    await page.getByRole('heading', { name: '约谈' }).waitFor();

    await page.getByRole('button', { name: '生成约谈任务' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(dialog.getByLabel('年度', { exact: true }), '2022年');
    await dialog.getByRole('button', { name: /检\s*查/ }).click();
    await page.getByText(/已检查 2022-Q1、2022-Q2、2022-Q3、2022-Q4：新增 \d+ 项/).waitFor();

    const row = page.locator('.ant-table-row', { hasText: agencyName });
    await row.getByText('2022年第3季度').waitFor();
    await row.getByText('待约谈').waitFor();
    await screenshot(page, '83-interviews');

    await row.getByRole('button', { name: /记录约谈/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('link', { name: caseNumber }).waitFor();
    await typeDate(drawer.getByLabel('约谈日期'), shanghaiDate(0));
    await drawer.getByLabel('约谈地点').fill('区司法局三楼会议室');
    await chooseOption(drawer.getByLabel('从本单位人员中选择', { exact: true }), '钱主任');
    // Picking an official names the agency's person; the free name field of that row goes away.
    await drawer.getByPlaceholder('或填写姓名').waitFor({ state: 'detached' });
    await drawer.getByPlaceholder('姓名', { exact: true }).fill('饶某');
    await drawer.getByLabel('职务').nth(1).fill('行政应诉科科长');
    await drawer
      .getByLabel('约谈记录')
      .fill('通报该中心2022年第三季度负责人出庭应诉情况，听取情况说明，指出存在的问题。');

    // Without the outcome the server refuses, and says where.
    await drawer.getByRole('button', { name: /完成约谈/ }).click();
    await drawer.getByText('完成约谈须填写此项').waitFor();
    await drawer
      .getByLabel('约谈结果')
      .fill('主任书面承诺：今后本单位行政诉讼案件由负责人出庭应诉，每季度向司法局报告。');
    await screenshot(page, '84-interview-drawer');
    await drawer.getByRole('button', { name: /完成约谈/ }).click();
    await page.getByText('约谈已办结').waitFor();

    await page.getByRole('tab', { name: '已约谈' }).click();
    await row.getByText('已约谈').waitFor();
    await row.getByText(/主任书面承诺/).waitFor();
    await screenshot(page, '85-interview-done');
  });

  it('opens the 2022 assessment with every deduction traced to its case', async () => {
    await page.goto(`${baseUrl}/assessment`);
    await page.getByRole('menuitem', { name: '考核扣分' }).waitFor();
    await page.getByRole('heading', { name: '考核扣分' }).waitFor();
    await chooseOption(page.getByLabel('年度', { exact: true }), '2022年');
    await page.waitForURL(/year=2022/);
    const row = page.locator('.ant-table-row', { hasText: agencyName });
    await row.waitFor();
    expect(await row.locator('td').last().textContent()).toBe('2');
    await row.locator('.ant-table-row-expand-icon').click();
    const link = page.locator('.ant-table-expanded-row').getByRole('link', { name: caseNumber });
    await link.waitFor();
    await page.locator('.ant-table-expanded-row', { hasText: caseNumber }).getByText('2022-08-16').waitFor();
    await screenshot(page, '82-assessment-2022');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('考核扣分-2022.xlsx');

    await link.click();
    await page.getByRole('heading', { name: caseNumber }).waitFor();
  });
});
