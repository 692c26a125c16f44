import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchBrowser, screenshot, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';
import { run } from './api';

const baseUrl = inject('baseUrl');
let session: BrowserSession;
let page: Page;

function ledger(officialCode: string) {
  const agency = `E2E-IMP-${run}`;
  return {
    format: 'yingsu-ledger/1',
    agencies: [{ code: agency, name: `重庆市渝北区导入测试局${run}`, kind: 'DEPARTMENT', parentCode: null }],
    officials: [
      {
        code: `${agency}-01`,
        agencyCode: agency,
        name: '刘局长',
        role: 'PRINCIPAL',
        title: '局长',
        validFrom: '2020-01-01',
        validTo: null,
      },
    ],
    cases: [
      {
        court: '重庆市渝北区人民法院',
        caseNumber: `（2022）渝0112行初IMP${run}号`,
        trialLevel: 'FIRST_INSTANCE',
        filedOn: '2022-01-05',
        causeOfAction: '行政处罚',
        plaintiffs: ['李某'],
        defendants: [agency],
        mandatoryCategories: [],
        hearings: [
          {
            scheduledAt: '2022-03-01T09:30:00+08:00',
            status: 'HELD',
            notices: [{ number: `（2022）渝0112行初IMP${run}号之一`, agencyCode: agency, servedOn: '2022-02-20' }],
            appearances: [{ agencyCode: agency, officialCode, spoke: true }],
            delegations: [],
          },
        ],
        outcome: { result: 'REVOKED', concludedOn: '2022-06-01', coordinated: false },
      },
    ],
  };
}

async function importFile(name: string, content: unknown) {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(content)),
  });
  await page.getByText(`已选择：${name}`).waitFor();
  await page.getByRole('button', { name: /开始导入/ }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /开始导入/ })
    .click();
}

beforeAll(async () => {
  session = await launchBrowser();
  page = await newPage(session.browser);
  await loginAs(page, 'admin');
});

afterAll(async () => {
  await session?.close();
});

describe('台账导入 against the real backend', () => {
  it('lists the errors of a wrong ledger at their exact place, and imports nothing', async () => {
    await page.goto(`${baseUrl}/imports`);
    await importFile('wrong-ledger.json', ledger(`NOBODY-${run}`));
    await page.getByText(/导入失败，系统中的数据没有任何改变/).waitFor();
    await page.getByText('cases[0].hearings[0].appearances[0].officialCode').waitFor();
    await screenshot(page, '51-import-errors');
  });

  it('imports a correct ledger and shows the counts', async () => {
    await importFile('ledger.json', ledger(`E2E-IMP-${run}-01`));
    await page.getByText('导入完成').waitFor();
    await screenshot(page, '50-import');
    await page.goto(`${baseUrl}/cases?q=IMP${run}`);
    await page.getByRole('link', { name: `（2022）渝0112行初IMP${run}号` }).waitFor();
  });
});
