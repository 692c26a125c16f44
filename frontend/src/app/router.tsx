import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { NotFound, RouteError } from './routes/RouteError';

/** Every page is its own chunk, so the first load carries only the shell. */
export const router = createBrowserRouter([
  {
    path: '/login',
    ErrorBoundary: RouteError,
    lazy: () => import('@/features/auth/components/LoginPage').then((m) => ({ Component: m.LoginPage })),
  },
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
            path: 'desk',
            lazy: () => import('@/features/desk/components/DeskPage').then((m) => ({ Component: m.DeskPage })),
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
            lazy: () => import('./routes/DelegationsRoute').then((m) => ({ Component: m.DelegationsRoute })),
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
            path: 'records/:code',
            lazy: () =>
              import('@/features/officials/components/OfficialRecordPage').then((m) => ({
                Component: m.OfficialRecordPage,
              })),
          },
          {
            path: 'compliance',
            lazy: () =>
              import('@/features/compliance/components/CompliancePage').then((m) => ({ Component: m.CompliancePage })),
          },
          {
            path: 'compliance/duties',
            lazy: () =>
              import('@/features/compliance/components/DutiesPage').then((m) => ({ Component: m.DutiesPage })),
          },
          {
            path: 'imports',
            lazy: () => import('@/features/imports/components/ImportPage').then((m) => ({ Component: m.ImportPage })),
          },
          {
            path: 'warnings',
            lazy: () => import('./routes/oversight/OversightRoutes').then((m) => ({ Component: m.WarningsRoute })),
          },
          {
            path: 'monthly-reports',
            lazy: () => import('./routes/oversight/OversightRoutes').then((m) => ({ Component: m.MonthlyReportRoute })),
          },
          {
            path: 'reconciliation',
            lazy: () =>
              import('@/features/reports/components/ReconciliationPage').then((m) => ({
                Component: m.ReconciliationPage,
              })),
          },
          {
            path: 'referrals',
            lazy: () => import('./routes/oversight/OversightRoutes').then((m) => ({ Component: m.ReferralsRoute })),
          },
          {
            path: 'papers-check',
            lazy: () =>
              import('@/features/papers/components/PapersCheckPage').then((m) => ({ Component: m.PapersCheckPage })),
          },
          {
            path: 'recommendations',
            lazy: () =>
              import('./routes/oversight/OversightRoutes').then((m) => ({ Component: m.RecommendationsRoute })),
          },
          {
            path: 'interviews',
            lazy: () => import('./routes/oversight/OversightRoutes').then((m) => ({ Component: m.InterviewsRoute })),
          },
          {
            path: 'assessment',
            lazy: () => import('./routes/oversight/OversightRoutes').then((m) => ({ Component: m.AssessmentRoute })),
          },
          {
            path: 'lost-cases',
            lazy: () => import('./routes/oversight/OversightRoutes').then((m) => ({ Component: m.LostCasesRoute })),
          },
          {
            path: 'observations',
            lazy: () => import('./routes/oversight/OversightRoutes').then((m) => ({ Component: m.ObservationsRoute })),
          },
          {
            path: 'coordination',
            lazy: () => import('./routes/oversight/OversightRoutes').then((m) => ({ Component: m.CoordinationRoute })),
          },
          {
            path: 'trainings',
            lazy: () => import('./routes/oversight/OversightRoutes').then((m) => ({ Component: m.TrainingsRoute })),
          },
          {
            path: 'bulletins',
            lazy: () => import('./routes/oversight/OversightRoutes').then((m) => ({ Component: m.BulletinsRoute })),
          },
          {
            path: 'bulletins/:bulletinId',
            lazy: () =>
              import('@/features/bulletins/components/BulletinPage').then((m) => ({ Component: m.BulletinPage })),
          },
          {
            path: 'calendar',
            lazy: () => import('./routes/oversight/OversightRoutes').then((m) => ({ Component: m.CalendarRoute })),
          },
          {
            path: 'tokens',
            lazy: () => import('@/features/tokens/components/TokensPage').then((m) => ({ Component: m.TokensPage })),
          },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
]);
