import { CalendarPage } from '@/features/calendar/components/CalendarPage';
import { RecommendationsPage } from '@/features/recommendations/components/RecommendationsPage';
import { MonthlyReportPage } from '@/features/reports/components/MonthlyReportPage';
import { WarningsPage } from '@/features/warnings/components/WarningsPage';
import { useMe } from '@/lib/auth/use-me';

/** The oversight pages, given what the signed-in role may do there (the server checks it again). */
export function WarningsRoute() {
  const me = useMe().data;
  return <WarningsPage canRefresh={me?.role === 'ADMIN'} />;
}

export function MonthlyReportRoute() {
  const me = useMe().data;
  return <MonthlyReportPage defaultAgencyCode={me?.agencyCode} />;
}

export function RecommendationsRoute() {
  const me = useMe().data;
  const bureau = me?.role === 'ADMIN';
  return <RecommendationsPage canCreate={bureau} canAnswer={bureau || me?.role === 'AGENCY'} canClose={bureau} />;
}

export function CalendarRoute() {
  const me = useMe().data;
  return <CalendarPage defaultAgencyCode={me?.agencyCode} />;
}
