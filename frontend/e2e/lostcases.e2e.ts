import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { post, run, shanghaiDate } from './api';
import { launchBrowser, screenshot, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';
import { chooseOption } from './antd';

const baseUrl = inject('baseUrl');
// The demo account `department` is scoped to 重庆市公安局渝北区分局.
const AGENCY = 'YB-GA';
const lostCase = `（2026）渝0112行初LC${run}号`;
const observedCase = `（2026）渝0112行初OB${run}号`;
let session: BrowserSession;
let agencyPage: Page;
let bureauPage: Page;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

const SUMMARY =
  '原告不服我局作出的治安管理处罚决定提起诉讼。法院认为我局在作出处罚决定前未依法告知原告陈述、申辩的权利，' +
  '程序违法，判决撤销该处罚决定。我局已组织执法人员专题学习行政处罚法，修订执法文书模板，今后在作出处罚前严格履行告知程序。';

function caseDocument(caseNumber: string, extra: Record<string, unknown>) {
  return {
    court: '重庆市渝北区人民法院',
    caseNumber,
    trialLevel: 'FIRST_INSTANCE',
    filedOn: shanghaiDate(-120),
    causeOfAction: '治安管理处罚',
    plaintiffs: ['钱某'],
    defendants: [AGENCY],
    mandatoryCategories: [],
    ...extra,
  };
}

beforeAll(async () => {
  // As the court's system pushes them: a revoked decision (the report is now overdue) and a hearing to come.
  await post('/api/intake/cases', [
    caseDocument(lostCase, {
      hearings: [{ scheduledAt: `${shanghaiDate(-90)}T09:30:00+08:00`, status: 'HELD' }],
      outcome: { result: 'REVOKED', concludedOn: shanghaiDate(-40), coordinated: false },
    }),
    caseDocument(observedCase, {
      hearings: [{ scheduledAt: `${shanghaiDate(7)}T14:30:00+08:00`, status: 'SCHEDULED' }],
    }),
  ]);
  session = await launchBrowser();
  agencyPage = await newPage(session.browser);
  bureauPage = await newPage(session.browser);
  await loginAs(agencyPage, 'department');
  await loginAs(bureauPage, 'admin');
});

afterAll(async () => {
  await session?.close();
});

describe('lost-case reports and hearing observation', () => {
  it('lets the agency write its summary, attach the judgment and file the report', async () => {
    const page = agencyPage;
    await page.getByRole('menuitem', { name: '监督' }).click();
    await page.getByRole('menuitem', { name: '败诉案件报告' }).click();
    await page.getByRole('heading', { name: '败诉案件报告' }).waitFor();
    const row = page.locator('.ant-table-row', { hasText: lostCase });
    await row.getByText('已逾期').waitFor();
    await screenshot(page, '90-lost-cases-agency');

    await row.getByRole('button', { name: /填写报告/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('书面总结').fill(SUMMARY);
    await dialog.getByRole('button', { name: /报\s*送/ }).click();
    // Nothing can be filed without the effective judgment; attaching it needs the draft saved first.
    await dialog.getByText('请先保存草稿并上传生效裁判文书').waitFor();
    await dialog.getByRole('button', { name: '保存草稿后上传裁判文书' }).click();
    await page.getByText('草稿已保存').waitFor();
    await dialog.getByText('请先保存草稿并上传生效裁判文书').waitFor({ state: 'detached' });
    await dialog
      .locator('input[type="file"]')
      .setInputFiles({ name: '行政判决书.pdf', mimeType: 'application/pdf', buffer: PDF });
    await dialog.getByText('行政判决书.pdf').waitFor();
    await screenshot(page, '91-lost-case-filing');
    await dialog.getByRole('button', { name: /报\s*送/ }).click();
    await page.getByText('已报送败诉案件报告').waitFor();
    await row.getByText('逾期报送').waitFor();
  });

  it('lets the bureau read the report and answer it with a guidance opinion', async () => {
    const page = bureauPage;
    await page.goto(`${baseUrl}/lost-cases?status=SUBMITTED&agencyCode=${AGENCY}`);
    const row = page.locator('.ant-table-row', { hasText: lostCase });
    await row.getByRole('button', { name: /提出指导意见/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('行政判决书.pdf').waitFor();
    await dialog
      .getByLabel('指导意见')
      .fill('请在全局开展行政处罚告知程序专项检查，并将整改情况报送司法局，避免同类问题再次发生。');
    await screenshot(page, '92-lost-case-guidance');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已提出指导意见').waitFor();

    await page.goto(`${baseUrl}/lost-cases?status=ANSWERED&agencyCode=${AGENCY}`);
    const answered = page.locator('.ant-table-row', { hasText: lostCase });
    await answered.locator('.ant-table-row-expand-icon').click();
    await page
      .locator('.ant-table-expanded-row')
      .getByText(/专项检查/)
      .waitFor();
    await screenshot(page, '93-lost-cases-answered');
  });

  it('lets the bureau mark a hearing for observation and invite a head', async () => {
    const page = bureauPage;
    await page.getByRole('menuitem', { name: '旁听庭审' }).click();
    await page.getByRole('heading', { name: '旁听庭审' }).waitFor();
    await page.getByRole('button', { name: /标记旁听庭审/ }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(dialog.getByLabel('案件'), observedCase, `OB${run}`);
    await chooseOption(dialog.getByLabel('开庭'), '待开庭');
    await dialog.getByLabel('标题').fill('治安管理处罚案件旁听');
    await dialog.getByLabel('典型意义').fill('处罚前告知程序是本区败诉的主要原因，具有警示意义');
    await dialog.getByLabel('地点').fill('区人民法院第三审判庭');
    await screenshot(page, '94-observation-create');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已标记为旁听庭审').waitFor();

    const row = page.locator('.ant-table-row', { hasText: observedCase });
    await row.getByRole('button', { name: /邀请负责人/ }).click();
    const invite = page.getByRole('dialog');
    await chooseOption(invite.getByLabel('所在机关'), '公安', '公安');
    await invite.getByLabel('负责人').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '局长' }).first().click();
    // A multiple select stays open after a pick; clicking elsewhere in the dialog closes it.
    await invite.locator('.ant-modal-title').click();
    await invite.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已邀请 1 人').waitFor();
    await row.getByText('邀请 1 人，出席 0 人').waitFor();
    await row.locator('.ant-table-row-expand-icon').click();
    await page.locator('.ant-table-expanded-row').getByText('已邀请').first().waitFor();
    await screenshot(page, '95-observations');
  });

  it('shows the agency the session its head is invited to', async () => {
    const page = agencyPage;
    await page.getByRole('menuitem', { name: '旁听庭审' }).click();
    await page.locator('.ant-table-row', { hasText: observedCase }).waitFor();
    await screenshot(page, '96-observations-agency');
  });
});
