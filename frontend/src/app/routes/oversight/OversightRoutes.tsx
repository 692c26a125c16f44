import { AssessmentPage } from '@/features/assessment/components/AssessmentPage';
import { BulletinsPage } from '@/features/bulletins/components/BulletinsPage';
import { CalendarPage } from '@/features/calendar/components/CalendarPage';
import { DisputesPage } from '@/features/coordination/components/DisputesPage';
import { DocumentsCard } from '@/features/documents/components/DocumentsCard';
import { InterviewsPage } from '@/features/interviews/components/InterviewsPage';
import { LostCasesPage } from '@/features/lost-cases/components/LostCasesPage';
import { ObservationsPage } from '@/features/observations/components/ObservationsPage';
import { ReferralsPage } from '@/features/referrals/components/ReferralsPage';
import { RecommendationsPage } from '@/features/recommendations/components/RecommendationsPage';
import { MonthlyReportPage } from '@/features/reports/components/MonthlyReportPage';
import { TrainingsPage } from '@/features/training/components/TrainingsPage';
import { WarningsPage } from '@/features/warnings/components/WarningsPage';
import { useMe } from '@/lib/auth/use-me';

/** The oversight pages, given what the signed-in role may do there (the server checks it again). */
export function WarningsRoute() {
  const me = useMe().data;
  return <WarningsPage canRefresh={me?.role === 'ADMIN'} />;
}

export function MonthlyReportRoute() {
  const me = useMe().data;
  return <MonthlyReportPage defaultAgencyCode={me?.agencyCode ?? undefined} />;
}

export function RecommendationsRoute() {
  const me = useMe().data;
  const bureau = me?.role === 'ADMIN';
  const answers = bureau || me?.role === 'AGENCY';
  return (
    <RecommendationsPage
      canCreate={bureau}
      canAnswer={answers}
      canClose={bureau}
      attachments={(recommendation) =>
        recommendation.id ? (
          <DocumentsCard
            ownerType="RECOMMENDATION"
            ownerId={recommendation.id}
            defaultKind="RESPONSE"
            canUpload={answers && recommendation.status !== 'DONE'}
            bordered={false}
          />
        ) : null
      }
    />
  );
}

export function CalendarRoute() {
  const me = useMe().data;
  return <CalendarPage defaultAgencyCode={me?.agencyCode ?? undefined} />;
}

export function InterviewsRoute() {
  const me = useMe().data;
  return <InterviewsPage canEdit={me?.role === 'ADMIN'} />;
}

export function AssessmentRoute() {
  const me = useMe().data;
  return <AssessmentPage canSetPoints={me?.role === 'ADMIN'} />;
}

/** The judgment travels with the report: the documents feature stores it under the report's id. */
export function LostCasesRoute() {
  const me = useMe().data;
  const bureau = me?.role === 'ADMIN';
  const files = bureau || me?.role === 'AGENCY';
  return (
    <LostCasesPage
      canFile={files}
      canAnswer={bureau}
      judgment={(report, canChange) =>
        report.reportId ? (
          <DocumentsCard
            ownerType="LOST_CASE_REPORT"
            ownerId={report.reportId}
            defaultKind="JUDGMENT"
            canUpload={files && canChange && report.status === 'DUE'}
            bordered={false}
          />
        ) : null
      }
    />
  );
}

export function ObservationsRoute() {
  const me = useMe().data;
  return <ObservationsPage canManage={me?.role === 'ADMIN'} />;
}

/** A dispute's papers (the agreement above all) are the centre's: the bureau attaches them while it is open. */
export function CoordinationRoute() {
  const me = useMe().data;
  return (
    <DisputesPage
      canManage={me?.role === 'ADMIN'}
      attachments={(dispute, canChange) =>
        dispute.id ? (
          <DocumentsCard
            ownerType="DISPUTE"
            ownerId={dispute.id}
            defaultKind="AGREEMENT"
            canUpload={canChange}
            bordered={false}
          />
        ) : null
      }
    />
  );
}

export function TrainingsRoute() {
  const me = useMe().data;
  return <TrainingsPage canManage={me?.role === 'ADMIN'} />;
}

export function BulletinsRoute() {
  const me = useMe().data;
  return <BulletinsPage canPublish={me?.role === 'ADMIN'} />;
}

/** Referrals are the bureau's papers: its documents are attached here, agencies read those of sent referrals. */
export function ReferralsRoute() {
  const me = useMe().data;
  const bureau = me?.role === 'ADMIN';
  return (
    <ReferralsPage
      canManage={bureau}
      attachments={(referral, canChange) =>
        referral.id ? (
          <DocumentsCard
            ownerType="REFERRAL"
            ownerId={referral.id}
            defaultKind="EVIDENCE"
            canUpload={canChange}
            bordered={false}
          />
        ) : null
      }
    />
  );
}
