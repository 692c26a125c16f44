import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { LanguageProvider } from '@/lib/i18n/LanguageProvider';

/**
 * Renders a page as the app does (query client, Chinese antd, data router) at `path`; extra routes let a
 * test see where a form navigates to.
 */
export function renderPage(
  element: ReactElement,
  { path = '/', route = '/', routes = [] }: { path?: string; route?: string; routes?: RouteObject[] } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path: route, element }, ...routes], { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial="zh">
        <ConfigProvider locale={zhCN}>
          <AntdApp>
            <RouterProvider router={router} />
          </AntdApp>
        </ConfigProvider>
      </LanguageProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
