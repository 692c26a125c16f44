import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { post, run, shanghaiDate } from './api';
import { chooseOption } from './antd';
import { launchBrowser, screenshot, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';

const baseUrl = inject('baseUrl');
const agencyCode = `E2E-TR-${run}`;
const agencyName = `重庆市渝北区培训测试局${run}`;
const topic = `行政诉讼证据规则专题培训${run}`;
let session: BrowserSession;
let page: Page;

async function official(suffix: string, name: string, role: string, title: string) {
  await post('/api/officials', {
    code: `${agencyCode}-${suffix}`,
    agencyCode,
    name,
    role,
    title,
    validFrom: '2020-01-01',
  });
}

beforeAll(async () => {
  await post('/api/agencies', { code: agencyCode, name: agencyName, kind: 'DEPARTMENT' });
  await official('01', '赵局长', 'PRINCIPAL', '局长');
  await official('02', '钱副局长', 'DEPUTY', '副局长');
  await official('03', '孙科员', 'STAFF', '法制科科员');
  // A session tomorrow with the principal invited: the page reminds of it.
  const soon = await post<{ id: number }>('/api/trainings', {
    topic: `出庭应诉庭审礼仪${run}`,
    speaker: '李法官',
    speakerCourt: '重庆市第一中级人民法院',
    startsAt: `${shanghaiDate(1)}T14:30:00+08:00`,
    place: '区政府第三会议室',
  });
  await post(`/api/trainings/${soon.id}/invitations`, { officialCodes: [`${agencyCode}-01`] });

  session = await launchBrowser();
  page = await newPage(session.browser);
  await loginAs(page, 'admin');
});

afterAll(async () => {
  await session?.close();
});

describe('training against the real backend', () => {
  it('schedules a session, invites an agency’s heads, records attendance and shows the share trained', async () => {
    await page.goto(`${baseUrl}/trainings`);
    await page.getByRole('heading', { name: '出庭应诉培训' }).waitFor();
    await page.getByRole('menuitem', { name: '出庭应诉培训' }).waitFor();
    await page.getByText(new RegExp(`出庭应诉庭审礼仪${run}.*${agencyName}：赵局长`)).waitFor();

    await page.getByRole('button', { name: /新建培训/ }).click();
    const dialog = page.getByRole('dialog', { name: /新建培训/ });
    await dialog.getByLabel('培训主题').fill(topic);
    await dialog.getByLabel('主讲人', { exact: true }).fill('王法官');
    await dialog.getByLabel('地点').fill('区司法局报告厅');
    const when = dialog.getByLabel('培训时间');
    await when.click();
    await when.fill(`${shanghaiDate(-1)} 09:00`);
    await screenshot(page, '90-training-new');
    // Enter takes the typed time and submits the form.
    await when.press('Enter');
    await page.getByText('已保存').waitFor();

    const row = page.locator('.ant-table-row', { hasText: topic });
    await row.getByText('邀请 0 人，出席 0 人').waitFor();
    await row.getByRole('button', { name: /邀请人员/ }).click();
    const invite = page.getByRole('dialog', { name: /邀请参加培训/ });
    await chooseOption(invite.getByLabel('邀请单位负责人'), agencyName, run);
    // A multiple select keeps its list open after a choice, over the dialog's buttons (seen in CI): a click on the
    // dialog's title closes it.
    await invite.locator('.ant-modal-title').click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await invite.getByRole('button', { name: /确\s*定|保\s*存/ }).click();
    await page.getByText('已邀请，共 2 人').waitFor();
    await row.getByText('邀请 2 人，出席 0 人').waitFor();

    await row.getByRole('button', { name: /登记出席/ }).click();
    const attendance = page.getByRole('dialog', { name: /登记出席情况/ });
    const marks = attendance.locator('.ant-form-item');
    await marks.filter({ hasText: '赵局长' }).getByText('出席', { exact: true }).click();
    await marks.filter({ hasText: '钱副局长' }).getByText('缺席', { exact: true }).click();
    await attendance.getByRole('button', { name: /确\s*定|保\s*存/ }).click();
    await page.getByText('已登记出席情况').waitFor();
    await row.getByText('邀请 2 人，出席 1 人').waitFor();
    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByText('钱副局长').first().waitFor();
    await screenshot(page, '91-training-attendance');

    const year = shanghaiDate(-1).slice(0, 4);
    await page.goto(`${baseUrl}/trainings?tab=coverage&year=${year}&agencyCode=${agencyCode}`);
    const coverage = page.locator('.ant-table-row', { hasText: agencyName });
    await coverage.getByText('50.0%').waitFor();
    await coverage.getByText('钱副局长').waitFor();
    await screenshot(page, '92-training-coverage');
  });
});
