import { AuditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link, useParams } from 'react-router';
import { AppearanceActions } from '@/features/appearances/components/AppearanceActions';
import { CaseFileView } from '@/features/cases/components/CaseFileView';
import { DelegationActions } from '@/features/delegations/components/DelegationActions';
import { AddHearingButton, HearingActions } from '@/features/hearings/components/HearingActions';
import { NoticeActions, RegisterNoticeButton } from '@/features/notices/components/NoticeActions';
import { DocumentsCard } from '@/features/documents/components/DocumentsCard';
import { useMay } from '@/lib/auth/permissions';
import { useMessages } from '@/lib/i18n/language-context';
import { appMessages } from '../../messages';

/** The case page: the case file, with the forms of other features offered at each hearing. */
export function CaseRoute() {
  const t = useMessages(appMessages);
  const caseId = Number(useParams().caseId);
  const may = useMay();
  return (
    <CaseFileView
      caseId={caseId}
      appearanceActions={(appearance) => <AppearanceActions appearance={appearance} />}
      hearingsExtra={<AddHearingButton caseId={caseId} />}
      noticeActions={(notice) => <NoticeActions notice={notice} />}
      delegationActions={(delegation) => <DelegationActions delegation={delegation} />}
      footer={<DocumentsCard key={caseId} ownerType="CASE" ownerId={caseId} defaultKind="JUDGMENT" />}
      delegationExtra={(delegation) =>
        delegation.id ? (
          <DocumentsCard
            ownerType="DELEGATION"
            ownerId={delegation.id}
            defaultKind="DELEGATION_LETTER"
            bordered={false}
          />
        ) : null
      }
      hearingActions={({ hearing }, file) => {
        if (!hearing?.id) return null;
        const base = `/cases/${caseId}/hearings/${hearing.id}`;
        return (
          <>
            {hearing.status === 'HELD' ? (
              <Link to={`${base}/appearances/new`}>
                <Button size="small" icon={<UserAddOutlined />}>
                  {t('recordAppearance')}
                </Button>
              </Link>
            ) : null}
            {hearing.status !== 'CANCELLED' ? (
              <RegisterNoticeButton hearingId={hearing.id} defendants={file.litigationCase?.defendants ?? []} />
            ) : null}
            {hearing.status !== 'CANCELLED' && may('createDelegation') ? (
              <Link to={`${base}/delegations/new`}>
                <Button size="small" icon={<AuditOutlined />}>
                  {t('fileDelegation')}
                </Button>
              </Link>
            ) : null}
            <HearingActions hearing={hearing} />
          </>
        );
      }}
    />
  );
}
