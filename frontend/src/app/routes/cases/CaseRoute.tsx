import { AuditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link, useParams } from 'react-router';
import { CaseFileView } from '@/features/cases/components/CaseFileView';
import { useMessages } from '@/lib/i18n/language-context';
import { appMessages } from '../../messages';

/** The case page: the case file, with the forms of other features offered at each hearing. */
export function CaseRoute() {
  const t = useMessages(appMessages);
  const caseId = Number(useParams().caseId);
  return (
    <CaseFileView
      caseId={caseId}
      hearingActions={({ hearing }) => {
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
              <Link to={`${base}/delegations/new`}>
                <Button size="small" icon={<AuditOutlined />}>
                  {t('fileDelegation')}
                </Button>
              </Link>
            ) : null}
          </>
        );
      }}
    />
  );
}
