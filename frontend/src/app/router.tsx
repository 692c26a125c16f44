import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { ComingSoon, NotFound, RouteError } from './routes/RouteError';

/** Every page is its own chunk, so the first load carries only the shell. */
export const router = createBrowserRouter([
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: ComingSoon },
          {
            path: 'agencies',
            lazy: () => import('@/features/agencies/components/AgenciesPage').then((m) => ({ Component: m.AgenciesPage })),
          },
          {
            path: 'officials',
            lazy: () =>
              import('@/features/officials/components/OfficialsPage').then((m) => ({ Component: m.OfficialsPage })),
          },
          { path: 'compliance', Component: ComingSoon },
          { path: 'imports', Component: ComingSoon },
          { path: 'tokens', Component: ComingSoon },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
]);
