import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { BulletinsPage } from './BulletinsPage';

const content = {
  year: 2022,
  quarter: 4,
  issuer: '重庆市渝北区司法局',
  title: '关于2022年第四季度全区行政机关负责人出庭应诉情况的通报',
  addressees: '各镇人民政府、街道办事处，区政府各部门，有关单位',
  sections: [
    { key: 'OVERVIEW', heading: '一、总体情况', paragraphs: ['全区共开庭98件，出庭应诉率为94.9%。'] },
    { key: 'RANKING', heading: '二、各单位出庭应诉率排名', paragraphs: ['按出庭应诉率由高到低排名如下。'] },
    { key: 'UNJUSTIFIED_ABSENCES', heading: '五、无正当理由未出庭应诉的案件', paragraphs: ['共1件。'] },
  ],
  groups: [],
  ranking: [
    {
      rank: 1,
      agencyCode: 'YB-JT',
      agencyName: '重庆市渝北区交通局',
      casesHeard: 4,
      casesHeardWithHead: 4,
      appearanceRate: 1,
    },
    {
      rank: 2,
      agencyCode: 'YB-ME',
      agencyName: '重庆市渝北区木耳镇人民政府',
      casesHeard: 3,
      casesHeardWithHead: 2,
      appearanceRate: 0.6667,
    },
  ],
  unjustifiedAbsences: [
    {
      agencyName: '重庆市渝北区木耳镇人民政府',
      caseNumber: '（2022）渝0112行初88号',
      causeOfAction: '行政强制',
      hearingDates: ['2022-11-03'],
      points: 2,
    },
  ],
};

const published = {
  id: 7,
  number: '渝北司法应诉通〔2023〕1号',
  year: 2022,
  quarter: 4,
  title: content.title,
  publishedOn: '2023-01-10',
  publishedBy: '司法局管理员',
};

function bulletinsApi({ current }: { current?: typeof published } = {}) {
  return mockApi({
    'GET /api/bulletins': () => json(current ? [current] : []),
    'GET /api/bulletins/preview': () => json({ content, current }),
    'POST /api/bulletins': (request) =>
      json({ summary: { ...published, id: current ? 8 : 7, ...(request.body as object) }, content }, 201),
  });
}

describe('BulletinsPage', () => {
  it('previews the quarter as the document it will be and publishes it after a confirmation', async () => {
    const api = bulletinsApi();
    const user = userEvent.setup();
    const { router } = renderPage(<BulletinsPage canPublish />, {
      route: '/bulletins',
      path: '/bulletins?quarter=2022-Q4',
      routes: [{ path: '/bulletins/:bulletinId', element: <div>detail</div> }],
    });

    expect(await screen.findByRole('heading', { name: content.title })).toBeInTheDocument();
    expect(api.find('GET', '/api/bulletins/preview')[0].query.get('quarter')).toBe('4');
    expect(screen.getByText('（发布时编号）')).toBeInTheDocument();
    const ranking = within(screen.getByRole('article')).getAllByRole('table')[0];
    expect(within(ranking).getByText('66.7%')).toBeInTheDocument();
    expect(screen.getByText('（2022）渝0112行初88号')).toBeInTheDocument();
    expect(screen.getByText('尚未发布通报')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /发\s*布/ }));
    await user.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(api.find('POST', '/api/bulletins')).toHaveLength(1));
    expect(api.find('POST', '/api/bulletins')[0].body).toEqual({ year: 2022, quarter: 4 });
    await waitFor(() => expect(router.state.location.pathname).toBe('/bulletins/7'));
  });

  it('offers only a correction, with its reason, once the quarter has a bulletin in force', async () => {
    const api = bulletinsApi({ current: published });
    const user = userEvent.setup();
    renderPage(<BulletinsPage canPublish />, {
      route: '/bulletins',
      path: '/bulletins?quarter=2022-Q4',
      routes: [{ path: '/bulletins/:bulletinId', element: <div>detail</div> }],
    });

    expect(await screen.findByText(/本季度已发布 渝北司法应诉通〔2023〕1号/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: published.number })).toHaveAttribute('href', '/bulletins/7');
    expect(screen.getByText('现行')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^发\s*布$/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '发布更正版' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /发\s*布/ }));
    expect(await within(dialog).findByText('请写明更正的内容和原因')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('更正说明'), '法院补充推送了出庭记录');
    await user.click(within(dialog).getByRole('button', { name: /发\s*布/ }));
    await waitFor(() => expect(api.find('POST', '/api/bulletins')).toHaveLength(1));
    expect(api.find('POST', '/api/bulletins')[0].body).toEqual({
      year: 2022,
      quarter: 4,
      supersedes: 7,
      correctionReason: '法院补充推送了出庭记录',
    });
  });

  it('shows readers the published bulletins only', async () => {
    const api = bulletinsApi({ current: published });
    renderPage(<BulletinsPage canPublish={false} />, { route: '/bulletins', path: '/bulletins' });

    expect(await screen.findByRole('link', { name: published.number })).toBeInTheDocument();
    expect(screen.queryByText('预览与发布')).not.toBeInTheDocument();
    expect(api.find('GET', '/api/bulletins/preview')).toHaveLength(0);
  });
});
