import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { post, run, shanghaiDate } from './api';
import { launchBrowser, screenshot, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';
import { chooseOption } from './antd';

const baseUrl = inject('baseUrl');
const agencyCode = `E2E-OV-${run}`;
const agencyName = `重庆市渝北区监督测试局${run}`;
const caseNumber = `（2026）渝0112行初OV${run}号`;
let caseId: number;
let session: BrowserSession;
let page: Page;

// The eight-byte PNG signature and an IHDR chunk: enough for the server's check of the bytes against the type.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c20000000049454e44ae426082',
  'hex',
);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

beforeAll(async () => {
  await post('/api/agencies', { code: agencyCode, name: agencyName, kind: 'DEPARTMENT' });
  await post('/api/officials', {
    code: `${agencyCode}-01`,
    agencyCode,
    name: '孙局长',
    role: 'PRINCIPAL',
    title: '局长',
    validFrom: '2020-01-01',
  });
  const created = await post<{ id: number }>('/api/cases', {
    court: '重庆市渝北区人民法院',
    caseNumber,
    trialLevel: 'FIRST_INSTANCE',
    filedOn: shanghaiDate(-20),
    causeOfAction: '行政许可',
    plaintiffs: ['周某'],
    defendants: [agencyCode],
    mandatoryCategories: [],
  });
  caseId = created.id;
  // Within the warning window, with neither a confirmed head nor a delegation.
  await post('/api/hearings', { caseId, scheduledAt: `${shanghaiDate(1)}T09:30:00+08:00`, status: 'SCHEDULED' });
  await post('/api/recommendations', {
    court: '重庆市渝北区人民法院',
    number: `（2026）渝0112司建OV${run}号`,
    caseId,
    agencyCode,
    receivedOn: shanghaiDate(-90),
    dueOn: shanghaiDate(-30),
    content: '建议该局加强行政机关负责人出庭应诉工作，确保负责人出庭并发表意见。',
  });

  session = await launchBrowser();
  page = await newPage(session.browser);
  await loginAs(page, 'admin');
});

afterAll(async () => {
  await session?.close();
});

describe('oversight pages against the real backend', () => {
  it('raises a warning for the uncovered hearing and clears it once the head is named', async () => {
    await page.getByRole('menuitem', { name: '出庭预警' }).click();
    await page.getByRole('heading', { name: '出庭预警' }).waitFor();
    await page.getByRole('button', { name: '立即重新检查' }).click();
    await page.getByText(/已重新检查/).waitFor();
    const row = page.locator('.ant-table-row', { hasText: caseNumber });
    await row.waitFor();
    await screenshot(page, '70-warnings');

    await row.getByRole('button', { name: '确认出庭负责人' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page.getByLabel('出庭负责人', { exact: true }), '孙局长');
    await dialog.getByRole('button', { name: /确\s*认/ }).click();
    await page.getByText('已确认 孙局长 出庭').waitFor();
    await row.getByText('已确认：孙局长').waitFor();

    await page.getByRole('button', { name: '立即重新检查' }).click();
    await row.waitFor({ state: 'detached' });
  });

  it('keeps the case’s documents: uploads an image and lists it for download', async () => {
    await page.goto(`${baseUrl}/cases/${caseId}`);
    await page.getByRole('heading', { name: caseNumber }).waitFor();
    const card = page.locator('.ant-card', { hasText: '支持 PDF' });
    await card
      .locator('input[type="file"]')
      .setInputFiles({ name: '判决书扫描件.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('已上传“判决书扫描件.png”').waitFor();
    await card.getByText('判决书扫描件.png').waitFor();
    // A file that is not what it claims to be is refused, in plain Chinese.
    await card.locator('input[type="file"]').setInputFiles({
      name: '伪装.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not an image at all'),
    });
    await page.getByText(/“伪装.png”上传失败/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card
        .getByRole('button', { name: /下\s*载/ })
        .first()
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('判决书扫描件.png');
    await screenshot(page, '26-case-documents');
  });

  it('files a month’s report, requiring a reason when the figures depart from the system’s', async () => {
    await page.goto(`${baseUrl}/monthly-reports?agencyCode=YB-GA&month=2022-03`);
    await page.getByText(/2022年3月 月报/).waitFor();
    const heard = page.getByLabel('开庭审理案件');
    const system = Number(await heard.inputValue());
    await heard.fill(String(system + 1));
    await page.getByRole('button', { name: /报\s*送/ }).click();
    await page.getByText('填报数字与系统记录不一致，请说明原因').waitFor();
    await page.getByLabel('说明').fill('3月28日开庭的一件案件法院尚未推送，本机关台账已登记');
    await screenshot(page, '71-monthly-report');
    await page.getByRole('button', { name: /报\s*送/ }).click();
    await page.getByText(/^已报送第 \d+ 版$/).waitFor();
    await page.locator('.ant-card', { hasText: '已报送的版本' }).getByText('3月28日开庭的一件案件').waitFor();
  });

  it('reconciles the month with the court: who has not reported and every difference', async () => {
    await page.getByRole('menuitem', { name: '与法院比对' }).click();
    await page.goto(`${baseUrl}/reconciliation?month=2022-03`);
    await page.getByText(/未报送的机关（\d+）/).waitFor();
    const figures = page.locator('.ant-card', { hasText: '填报数字与系统不一致' });
    await figures.getByText('开庭审理案件').first().waitFor();
    await figures.getByText('+1').first().waitFor();
    await screenshot(page, '72-reconciliation');
  });

  it('tracks a judicial recommendation: overdue, answered, closed', async () => {
    await page.goto(`${baseUrl}/recommendations?agencyCode=${agencyCode}`);
    const row = page.locator('.ant-table-row', { hasText: `OV${run}` });
    await row.getByText('已逾期').waitFor();
    await screenshot(page, '73-recommendations');
    await row.getByRole('button', { name: /回\s*复/ }).click();
    await page.getByLabel('机关回复').fill('已组织专题学习，明确今后由局长亲自出庭应诉。');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /回\s*复/ })
      .click();
    await page.getByText('已提交回复').waitFor();
    // The answer's letter, attached to the recommendation.
    await row.locator('.ant-table-row-expand-icon').click();
    const expanded = page.locator('.ant-table-expanded-row');
    // Its (empty) list of documents shown before a file is added, so the upload refreshes a loaded list: in a CI run
    // on a loaded machine the file chosen while the list was still loading was not listed within 20 s.
    await expanded.getByText('尚无材料').waitFor();
    await expanded
      .locator('input[type="file"]')
      .setInputFiles({ name: '整改回复函.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expanded.getByText('整改回复函.pdf').waitFor();
    await row.getByRole('button', { name: /办\s*结/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /办\s*结/ })
      .click();
    await row.getByText('已办结').first().waitFor();
    await screenshot(page, '78-recommendation-done');
  });

  it('creates a calendar feed, shows its address once, and revokes it', async () => {
    await page.goto(`${baseUrl}/calendar?agencyCode=${agencyCode}`);
    await page.getByRole('button', { name: /新建订阅/ }).click();
    await page.getByLabel('名称').fill('孙局长的手机日历');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    const address = page.getByRole('dialog').locator('code');
    await address.waitFor();
    const url = (await address.textContent())!.trim();
    expect(url).toMatch(/\/api\/calendar\/feeds\/.+\.ics$/);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    // iCalendar folds long lines (RFC 5545 §3.1): unfold before looking for the case.
    const ics = (await feed.text()).replace(/\r?\n[ \t]/g, '');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(caseNumber);
    await screenshot(page, '74-calendar-created');
    await page.getByRole('button', { name: '我已复制' }).click();
    const row = page.locator('.ant-table-row', { hasText: '孙局长的手机日历' });
    await row.getByRole('button', { name: /停\s*用/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /停\s*用/ })
      .click();
    await row.getByText(/已停用/).waitFor();
    expect((await fetch(url)).status).toBe(404);
    await screenshot(page, '75-calendar');
  });

  it('makes an API token, shows it once, and revoking it locks it out', async () => {
    await page.getByRole('menuitem', { name: 'API令牌' }).click();
    await page.getByRole('button', { name: /新建令牌/ }).click();
    await page.getByLabel('名称').fill(`统计脚本${run}`);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    const secret = (await page.getByRole('dialog').locator('code').first().textContent())!.trim();
    const read = () =>
      fetch(`${baseUrl}/api/metrics/compliance?year=2022`, { headers: { Authorization: `Bearer ${secret}` } });
    expect((await read()).status).toBe(200);
    await screenshot(page, '80-token-created');
    await page.getByRole('button', { name: '我已保存' }).click();
    const row = page.locator('.ant-table-row', { hasText: `统计脚本${run}` });
    await row.getByRole('button', { name: /停\s*用/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /停\s*用/ })
      .click();
    await page.getByText('已停用令牌').waitFor();
    expect((await read()).status).toBe(401);
    await page.getByText('显示已停用和已过期的').click();
    await page.waitForURL(/all=true/);
    await row.getByText('已停用').waitFor();
    await screenshot(page, '81-tokens');
  });
});
