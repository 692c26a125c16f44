import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { post, postCase, run, shanghaiDate } from './api';
import { launchBrowser, screenshot, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';
import { chooseOption } from './antd';

const baseUrl = inject('baseUrl');
// The demo account `department` is scoped to 重庆市公安局渝北区分局.
const AGENCY = 'YB-GA';
const staffCode = `${AGENCY}-E2E${run}`;
const caseNumber = `（2026）渝0112行初ROLE${run}号`;
let caseId: number;
let session: BrowserSession;
let agencyPage: Page;
let bureauPage: Page;

// A minimal PDF: the server checks a document's declared type against its first bytes.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

beforeAll(async () => {
  await post('/api/officials', {
    code: staffCode,
    agencyCode: AGENCY,
    name: '赵科员',
    role: 'STAFF',
    validFrom: '2020-01-01',
  });
  caseId = await postCase(caseNumber, [AGENCY], {
    filedOn: shanghaiDate(-20),
    causeOfAction: '治安管理处罚',
    plaintiffs: ['钱某'],
  });
  await post('/api/hearings', { caseId, scheduledAt: `${shanghaiDate(10)}T09:30:00+08:00`, status: 'SCHEDULED' });
  session = await launchBrowser();
  agencyPage = await newPage(session.browser);
  bureauPage = await newPage(session.browser);
});

afterAll(async () => {
  await session?.close();
});

describe('each role sees its own app', () => {
  it('asks for a login first, and refuses a wrong password in plain Chinese', async () => {
    await agencyPage.goto(`${baseUrl}/cases`);
    await agencyPage.waitForURL(/\/login\?next=%2Fcases/);
    await agencyPage.getByLabel('用户名').fill('department');
    await agencyPage.getByLabel('密码').fill('wrong-password');
    await agencyPage.getByRole('button', { name: /登\s*录/ }).click();
    await agencyPage.getByText('用户名或密码不正确').waitFor();
    await screenshot(agencyPage, '02-login');
  });

  it('shows an agency user only that agency, without the bureau’s pages', async () => {
    await loginAs(agencyPage, 'department');
    await agencyPage.getByRole('menuitem', { name: '出庭预警' }).waitFor();
    await agencyPage.locator('canvas').first().waitFor();
    await screenshot(agencyPage, '04-agency-dashboard');
    for (const name of ['委托审查', '台账导入', 'API令牌', '机关与人员', '与法院比对']) {
      expect(await agencyPage.getByRole('menuitem', { name }).count()).toBe(0);
    }
    await agencyPage.goto(`${baseUrl}/cases`);
    await agencyPage.locator('.ant-table-row').first().waitFor();
    const rows = agencyPage.locator('.ant-table-row');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.filter({ hasNotText: '公安' }).count()).toBe(0);
    await screenshot(agencyPage, '03-agency-cases');

    await agencyPage.goto(`${baseUrl}/imports`);
    await agencyPage.getByText('无权访问此页面').waitFor();
  });

  it('lets the agency file a delegation with its letter attached', async () => {
    await agencyPage.goto(`${baseUrl}/cases/${caseId}`);
    await agencyPage.getByRole('heading', { name: caseNumber }).waitFor();
    await agencyPage.getByRole('button', { name: '提交委托' }).click();
    await agencyPage.getByRole('heading', { name: '提交委托' }).waitFor();
    await chooseOption(agencyPage.getByLabel('负责人不能出庭的事由', { exact: true }), '需要履行他人不能代替的公务');
    await agencyPage.getByLabel('具体理由').fill('局长当日带队参加全市防汛应急演练，需要履行他人不能代替的公务');
    await chooseOption(agencyPage.getByLabel('受委托出庭的工作人员', { exact: true }), '赵科员');
    await agencyPage.keyboard.press('Escape');
    await agencyPage.locator('input[type="file"]').setInputFiles({
      name: '授权委托书.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await agencyPage.getByText('授权委托书.pdf').waitFor();
    await screenshot(agencyPage, '24-agency-delegation-form');
    await agencyPage
      .getByRole('button', { name: /提\s*交/ })
      .last()
      .click();
    await agencyPage.getByRole('heading', { name: caseNumber }).waitFor();
    await agencyPage.getByText('待审查').first().waitFor();
    await agencyPage.getByText('授权委托书.pdf').waitFor();
    await screenshot(agencyPage, '25-agency-case-with-delegation');
  });

  it('lets the bureau approve it, and the agency sees the decision', async () => {
    await loginAs(bureauPage, 'admin');
    await bureauPage.getByRole('menuitem', { name: '委托审查' }).click();
    const row = bureauPage.locator('.ant-table-row', { hasText: caseNumber });
    await row.waitFor();
    await row.getByRole('button', { name: /通\s*过/ }).click();
    const dialog = bureauPage.getByRole('dialog');
    await dialog.getByRole('button', { name: /通\s*过/ }).click();
    // The state on the page, not the three-second toast, proves the decision: on a loaded machine the toast
    // can come and go between two polls. A refusal keeps the dialog open with the server's reason, shown here.
    await dialog.waitFor({ state: 'hidden' }).catch(async (error: unknown) => {
      throw new Error(`the approval dialog stayed open: ${await dialog.innerText()}`, { cause: error });
    });
    await row.waitFor({ state: 'detached' });

    await agencyPage.reload();
    await agencyPage.getByText('已通过').first().waitFor();
  });

  it('lands a reader on the statistics, with only the assessment and the published bulletins besides', async () => {
    const readerPage = await newPage(session.browser);
    await loginAs(readerPage, 'reader');
    await readerPage.waitForURL(/\/compliance/);
    await readerPage.goto(`${baseUrl}/compliance?year=2022`);
    await readerPage.locator('.ant-card', { hasText: '区政府部门和镇街' }).getByText('94.1%').first().waitFor();
    expect(await readerPage.getByRole('menuitem').allTextContents()).toEqual(['监督', '合规统计']);
    await screenshot(readerPage, '05-reader-compliance');
    await readerPage.getByRole('menuitem', { name: '监督' }).click();
    await readerPage.getByRole('menuitem', { name: '考核扣分' }).click();
    await readerPage.getByRole('heading', { name: '考核扣分' }).waitFor();
    expect(await readerPage.getByRole('button', { name: /修改扣分标准/ }).count()).toBe(0);
  });

  it('logs out back to the login page', async () => {
    await agencyPage.getByRole('button', { name: /公安/ }).click();
    await agencyPage.getByRole('menuitem', { name: '退出登录' }).click();
    await agencyPage.waitForURL(/\/login/);
    await agencyPage.goto(`${baseUrl}/cases`);
    await agencyPage.waitForURL(/\/login/);
  });
});
