import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { ImportPage } from './ImportPage';

const ledger = { format: 'yingsu-ledger/1', agencies: [], officials: [], cases: [] };

async function chooseAndImport(file: File) {
  const user = userEvent.setup();
  renderPage(<ImportPage />, { route: '/imports', path: '/imports' });
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  await user.upload(input, file);
  expect(await screen.findByText(new RegExp(`已选择：${file.name}`))).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: /开始导入/ }));
  // The import is confirmed first.
  await user.click((await screen.findAllByRole('button', { name: /开始导入/ })).at(-1)!);
}

describe('ImportPage', () => {
  it('imports a JSON ledger and shows what changed', async () => {
    const api = mockApi({
      'POST /api/imports/ledger': () =>
        json({
          agencies: { created: 43, updated: 0, unchanged: 0 },
          cases: { created: 1194, updated: 0, unchanged: 0 },
        }),
    });
    await chooseAndImport(new File([JSON.stringify(ledger)], 'ledger.json', { type: 'application/json' }));

    expect(await screen.findByText('导入完成')).toBeInTheDocument();
    expect(screen.getByText('1194')).toBeInTheDocument();
    expect(api.find('POST', '/api/imports/ledger')[0].body).toEqual(ledger);
  });

  it('lists every error at its exact place, and says nothing was changed', async () => {
    mockApi({
      'POST /api/imports/ledger': () =>
        problem(422, {
          title: 'Rule violated',
          errors: [
            { field: 'cases[12].hearings[0].appearances[0].officialCode', message: 'no official has the code X-9' },
            { field: 'cases[3].caseNumber', message: 'must not be blank' },
          ],
        }),
    });
    await chooseAndImport(new File([JSON.stringify(ledger)], 'ledger.json', { type: 'application/json' }));

    expect(await screen.findByText(/导入失败，系统中的数据没有任何改变/)).toBeInTheDocument();
    expect(screen.getByText('共 2 处错误，请修改台账后重新导入')).toBeInTheDocument();
    expect(screen.getByText('cases[12].hearings[0].appearances[0].officialCode')).toBeInTheDocument();
    expect(screen.getByText('没有此编码的人员')).toBeInTheDocument();
    expect(screen.getByText('必填')).toBeInTheDocument();
  });

  it('refuses a JSON file that does not parse, without sending it', async () => {
    const api = mockApi({});
    await chooseAndImport(new File(['{"format": '], 'broken.json', { type: 'application/json' }));
    expect(await screen.findByText(/文件不是有效的 JSON/)).toBeInTheDocument();
    await waitFor(() => expect(api.requests).toHaveLength(0));
  });
});
