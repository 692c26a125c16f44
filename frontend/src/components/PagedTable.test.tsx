import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '@/testing/render';
import { PagedTable } from './PagedTable';

type Row = { code: string; name: string };
type Answer = { items: Row[]; total: number };

function Rows({ load }: { load: () => Promise<Answer> }) {
  const query = useQuery({ queryKey: ['rows'], queryFn: load });
  return (
    <PagedTable<Row>
      rowKey="code"
      columns={[{ title: '机关名称', dataIndex: 'name' }]}
      query={query}
      paging={{ page: 1, size: 20, setPage: () => {} }}
      empty="暂无机关"
    />
  );
}

describe('PagedTable', () => {
  it('shows the page of rows and the total the server counted', async () => {
    renderPage(<Rows load={async () => ({ items: [{ code: 'YB-MZJ', name: '重庆市渝北区民政局' }], total: 41 })} />);

    expect(await screen.findByText('重庆市渝北区民政局')).toBeInTheDocument();
    expect(screen.getByText('共 41 条')).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: '3' })).toBeInTheDocument();
  });

  it('says what an empty list means once it has loaded', async () => {
    renderPage(<Rows load={async () => ({ items: [], total: 0 })} />);

    expect(await screen.findByText('暂无机关')).toBeInTheDocument();
  });

  it('shows a failure instead of the table, and retrying loads the rows', async () => {
    const load = vi
      .fn<() => Promise<Answer>>()
      .mockRejectedValueOnce(new Error('网络不可用'))
      .mockResolvedValue({ items: [{ code: 'YB-GA', name: '重庆市公安局渝北区分局' }], total: 1 });
    const user = userEvent.setup();
    renderPage(<Rows load={load} />);

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /重\s*试/ }));

    expect(await screen.findByText('重庆市公安局渝北区分局')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
