import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LoadingBlock } from '@/components/LoadingBlock';
import { PageContainer } from '@/components/PageContainer';
import { AppearanceForm } from '@/features/appearances/components/AppearanceForm';
import { useCaseFile } from '@/features/cases/api/get-case-file';
import { DelegationForm } from '@/features/delegations/components/DelegationForm';
import type { Schema } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { useMessages } from '@/lib/i18n/language-context';
import { appMessages } from '../../messages';

type FormProps = {
  hearing: Schema<'Hearing'>;
  defendants: Schema<'Defendant'>[];
  onDone: () => void;
  onCancel: () => void;
};

/** A form about one hearing of a case; the case file gives the hearing and the defendants to choose from. */
function HearingFormRoute({ title, render }: { title: string; render: (props: FormProps) => ReactNode }) {
  const t = useMessages(appMessages);
  const params = useParams();
  const navigate = useNavigate();
  const caseId = Number(params.caseId);
  const hearingId = Number(params.hearingId);
  const query = useCaseFile(caseId);
  const back = `/cases/${caseId}`;

  if (query.isLoading) return <LoadingBlock />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => query.refetch()} />;
  const file = query.data!;
  const hearing = file.hearings?.find((h) => h.hearing?.id === hearingId)?.hearing;
  if (!hearing) {
    return (
      <Result
        status="404"
        title={t('hearingNotFound')}
        extra={<Link to={back}>{file.litigationCase?.caseNumber}</Link>}
      />
    );
  }
  return (
    <PageContainer
      title={title}
      subTitle={`${file.litigationCase?.caseNumber ?? ''} · ${formatDateTime(hearing.scheduledAt)}`}
      extra={
        <Link to={back}>
          <Button icon={<ArrowLeftOutlined />}>{file.litigationCase?.caseNumber}</Button>
        </Link>
      }
    >
      {render({
        hearing,
        defendants: file.litigationCase?.defendants ?? [],
        onDone: () => navigate(back),
        onCancel: () => navigate(back),
      })}
    </PageContainer>
  );
}

export function RecordAppearanceRoute() {
  const t = useMessages(appMessages);
  return <HearingFormRoute title={t('recordAppearance')} render={(props) => <AppearanceForm {...props} />} />;
}

export function FileDelegationRoute() {
  const t = useMessages(appMessages);
  return <HearingFormRoute title={t('fileDelegation')} render={(props) => <DelegationForm {...props} />} />;
}
