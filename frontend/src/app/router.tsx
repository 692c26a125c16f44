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
          {
            index: true,
            lazy: () =>
              import('@/features/dashboard/components/DashboardPage').then((m) => ({ Component: m.DashboardPage })),
          },
          {
            path: 'cases',
            lazy: () => import('@/features/cases/components/CasesPage').then((m) => ({ Component: m.CasesPage })),
          },
          {
            path: 'cases/:caseId',
            lazy: () => import('./routes/cases/CaseRoute').then((m) => ({ Component: m.CaseRoute })),
          },
          {
            path: 'cases/:caseId/hearings/:hearingId/appearances/new',
            lazy: () => import('./routes/cases/HearingFormRoute').then((m) => ({ Component: m.RecordAppearanceRoute })),
          },
          {
            path: 'cases/:caseId/hearings/:hearingId/delegations/new',
            lazy: () => import('./routes/cases/HearingFormRoute').then((m) => ({ Component: m.FileDelegationRoute })),
          },
          {
            path: 'delegations',
            lazy: () =>
              import('@/features/delegations/components/ReviewQueuePage').then((m) => ({
                Component: m.ReviewQueuePage,
              })),
          },
          {
            path: 'agencies',
            lazy: () =>
              import('@/features/agencies/components/AgenciesPage').then((m) => ({ Component: m.AgenciesPage })),
          },
          {
            path: 'officials',
            lazy: () =>
              import('@/features/officials/components/OfficialsPage').then((m) => ({ Component: m.OfficialsPage })),
          },
          {
            path: 'compliance',
            lazy: () =>
              import('@/features/compliance/components/CompliancePage').then((m) => ({ Component: m.CompliancePage })),
          },
          {
            path: 'imports',
            lazy: () => import('@/features/imports/components/ImportPage').then((m) => ({ Component: m.ImportPage })),
          },
          { path: 'tokens', Component: ComingSoon },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
]);
