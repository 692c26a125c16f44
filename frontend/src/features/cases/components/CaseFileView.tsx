import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Descriptions,
  type DescriptionsProps,
  Empty,
  Flex,
  Result,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
  type TableProps,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LoadingBlock } from '@/components/LoadingBlock';
import { PageContainer } from '@/components/PageContainer';
import { ApiError } from '@/lib/api/problem';
import type { Schema } from '@/lib/api/types';
import { useMay } from '@/lib/auth/permissions';
import { formatDate, formatDateTime } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import { useCaseFile, type CaseFile, type CaseHearing } from '../api/get-case-file';
import { caseMessages } from '../messages';
import { OutcomeModal } from './OutcomeModal';

type Appearance = Schema<'Appearance'>;
type Delegation = Schema<'Delegation'>;
type Notice = Schema<'Notice'>;

const HEARING_COLORS: Record<string, string> = {
  SCHEDULED: 'blue',
  HELD: 'green',
  POSTPONED: 'orange',
  CANCELLED: 'gray',
};
const DELEGATION_COLORS: Record<string, string> = { SUBMITTED: 'processing', APPROVED: 'success', REJECTED: 'error' };

export interface CaseFileActions {
  /** Buttons for one hearing (record an appearance, file a delegation), supplied by the page that composes this. */
  hearingActions?: (hearing: CaseHearing, file: CaseFile) => ReactNode;
  /** 更正 / 删除 of a recorded appearance, from the appearances feature. */
  appearanceActions?: (appearance: Appearance) => ReactNode;
  /** Shown under a delegation (its attachments). */
  delegationExtra?: (delegation: Delegation) => ReactNode;
  /** 编辑 / 撤回 of a delegation still awaiting review, from the delegations feature. */
  delegationActions?: (delegation: Delegation) => ReactNode;
  /** 编辑 / 删除 of a registered notice, from the notices feature. */
  noticeActions?: (notice: Notice) => ReactNode;
  /** Buttons beside the hearings' title (新增开庭). */
  hearingsExtra?: ReactNode;
  /** Cards below the outcome (the case's documents). */
  footer?: ReactNode;
}

export function CaseFileView({
  caseId,
  hearingActions,
  appearanceActions,
  delegationExtra,
  delegationActions,
  noticeActions,
  hearingsExtra,
  footer,
}: { caseId: number } & CaseFileActions) {
  const t = useMessages(caseMessages);
  const query = useCaseFile(caseId);

  if (query.isLoading) return <LoadingBlock rows={10} />;
  if (query.isError) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403)) {
      return (
        <Result
          status="404"
          title={t('notFound')}
          extra={
            <Link to="/cases">
              <Button type="primary">{t('backToList')}</Button>
            </Link>
          }
        />
      );
    }
    return <ErrorAlert error={query.error} onRetry={() => query.refetch()} />;
  }
  const file = query.data!;
  const litigationCase = file.litigationCase ?? {};
  const hearings = [...(file.hearings ?? [])].sort((a, b) =>
    (a.hearing?.scheduledAt ?? '').localeCompare(b.hearing?.scheduledAt ?? ''),
  );

  return (
    <PageContainer
      title={litigationCase.caseNumber}
      subTitle={litigationCase.court}
      extra={
        <Link to="/cases">
          <Button icon={<ArrowLeftOutlined />}>{t('backToList')}</Button>
        </Link>
      }
    >
      <CaseInfo file={file} />
      <Card title={t('hearings')} extra={hearingsExtra}>
        {hearings.length === 0 ? (
          <Empty description={t('noHearings')} />
        ) : (
          <Timeline
            items={hearings.map((entry) => ({
              key: entry.hearing?.id,
              color: HEARING_COLORS[entry.hearing?.status ?? ''] ?? 'gray',
              content: (
                <HearingEntry
                  entry={entry}
                  actions={hearingActions?.(entry, file)}
                  agencyNames={new Map((litigationCase.defendants ?? []).map((d) => [d.code, d.name ?? d.code]))}
                  appearanceActions={appearanceActions}
                  delegationExtra={delegationExtra}
                  delegationActions={delegationActions}
                  noticeActions={noticeActions}
                />
              ),
            }))}
          />
        )}
      </Card>
      <OutcomeCard caseId={caseId} file={file} />
      {footer}
    </PageContainer>
  );
}

function CaseInfo({ file }: { file: CaseFile }) {
  const t = useMessages(caseMessages);
  const label = useEnumLabel();
  const c = file.litigationCase ?? {};
  const items: DescriptionsProps['items'] = [
    { key: 'court', label: t('court'), children: c.court },
    { key: 'trialLevel', label: t('trialLevel'), children: label('TrialLevel', c.trialLevel) },
    { key: 'filedOn', label: t('filedOn'), children: formatDate(c.filedOn) },
    { key: 'causeOfAction', label: t('causeOfAction'), children: c.causeOfAction || '—' },
    { key: 'plaintiffs', label: t('plaintiffs'), children: c.plaintiffs?.length ? c.plaintiffs.join('、') : '—' },
    {
      key: 'defendants',
      label: t('defendants'),
      children: (
        <Space size={4} wrap>
          {(c.defendants ?? []).map((d) => (
            <Tag key={d.code}>{d.name ?? d.code}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'appearanceDesignation',
      label: t('appearanceDesignation'),
      children: c.appearanceDesignation?.defendants?.length ? (
        <Space size={4} wrap>
          {c.appearanceDesignation.defendants.map((code) => (
            <Tag key={code} color="blue">
              {(c.defendants ?? []).find((d) => d.code === code)?.name ?? code}
            </Tag>
          ))}
          <Typography.Text type="secondary">{label('DesignationBasis', c.appearanceDesignation.basis)}</Typography.Text>
        </Space>
      ) : (
        t('appearanceDesignationNone')
      ),
    },
    ...(c.handlingAgencyCode
      ? [{ key: 'handlingAgency', label: t('handlingAgency'), children: c.handlingAgencyCode }]
      : []),
    {
      key: 'mandatoryCategories',
      label: t('mandatoryCategories'),
      span: 3,
      children: c.mandatoryCategories?.length ? (
        <Space size={4} wrap>
          {c.mandatoryCategories.map((category) => (
            <Tag key={category} color="volcano">
              {label('MandatoryCategory', category)}
            </Tag>
          ))}
        </Space>
      ) : (
        '—'
      ),
    },
  ];
  return (
    <Card title={t('caseInfo')}>
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" items={items} />
    </Card>
  );
}

function HearingEntry({
  entry,
  actions,
  agencyNames,
  appearanceActions,
  delegationExtra,
  delegationActions,
  noticeActions,
}: {
  entry: CaseHearing;
  actions?: ReactNode;
  agencyNames: Map<string | undefined, string | undefined>;
} & Pick<CaseFileActions, 'appearanceActions' | 'delegationExtra' | 'delegationActions' | 'noticeActions'>) {
  const label = useEnumLabel();
  const hearing = entry.hearing ?? {};
  return (
    <Flex vertical gap={12} style={{ paddingBottom: 8 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space size={8}>
          <Typography.Text strong>{formatDateTime(hearing.scheduledAt)}</Typography.Text>
          <Tag color={HEARING_COLORS[hearing.status ?? '']}>{label('HearingStatus', hearing.status)}</Tag>
        </Space>
        {actions ? (
          <Space size={8} wrap>
            {actions}
          </Space>
        ) : null}
      </Flex>
      <Notices entry={entry} agencyNames={agencyNames} actions={noticeActions} />
      <Appearances appearances={entry.appearances ?? []} agencyNames={agencyNames} actions={appearanceActions} />
      <Delegations delegations={entry.delegations ?? []} extra={delegationExtra} actions={delegationActions} />
    </Flex>
  );
}

function Notices({
  entry,
  agencyNames,
  actions,
}: {
  entry: CaseHearing;
  agencyNames: Map<string | undefined, string | undefined>;
  actions?: (notice: Notice) => ReactNode;
}) {
  const t = useMessages(caseMessages);
  const notices = entry.notices ?? [];
  return (
    <div>
      <Typography.Text type="secondary">{t('notices')}：</Typography.Text>
      {notices.length === 0 ? (
        <Typography.Text type="secondary">{t('noNotices')}</Typography.Text>
      ) : (
        <Space size={[16, 4]} wrap>
          {notices.map((notice) => (
            <Space key={notice.id} size={4} wrap>
              <span>{notice.number}</span>
              {agencyNames.size > 1 ? (
                <Typography.Text type="secondary">{agencyNames.get(notice.agencyCode)}</Typography.Text>
              ) : null}
              <Typography.Text type="secondary">
                {t('servedOn')} {formatDate(notice.servedOn)}
                {notice.leadDays != null ? `（${t('leadDays', { days: notice.leadDays })}）` : ''}
              </Typography.Text>
              {notice.late ? <Tag color="warning">{t('lateNotice')}</Tag> : null}
              {actions?.(notice)}
            </Space>
          ))}
        </Space>
      )}
    </div>
  );
}

function Appearances({
  appearances,
  agencyNames,
  actions,
}: {
  appearances: Appearance[];
  agencyNames: Map<string | undefined, string | undefined>;
  actions?: (appearance: Appearance) => ReactNode;
}) {
  const c = useMessages(commonMessages);
  const t = useMessages(caseMessages);
  const label = useEnumLabel();
  if (appearances.length === 0) {
    return (
      <div>
        <Typography.Text type="secondary">
          {t('appearances')}：{t('noAppearances')}
        </Typography.Text>
      </div>
    );
  }
  const columns: TableProps<Appearance>['columns'] = [
    { title: t('official'), dataIndex: 'officialName', render: (name: string, a) => name ?? a.officialCode },
    { title: t('role'), dataIndex: 'officialRole', render: (role: string) => label('OfficialRole', role) },
    // The agency's name: its code is the system's key, not something a clerk reads.
    { title: t('agency'), dataIndex: 'agencyCode', render: (code: string) => agencyNames.get(code) ?? code },
    { title: t('source'), dataIndex: 'source', render: (source: string) => label('AppearanceSource', source) },
    {
      title: t('spoke'),
      key: 'conduct',
      render: (_, a) => (
        <Space size={4}>
          {a.spoke ? <Tag color="success">{t('spoke')}</Tag> : <Tag color="warning">{t('silent')}</Tag>}
          {a.leftEarly ? <Tag color="error">{t('leftEarly')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('identity'),
      dataIndex: 'identityStatus',
      render: (status: string) => (
        <Tag color={status === 'REJECTED' ? 'error' : status === 'PENDING' ? 'warning' : 'default'}>
          {label('IdentityStatus', status)}
        </Tag>
      ),
    },
    {
      title: t('countsAsHead'),
      dataIndex: 'countsAsHead',
      render: (counts: boolean) =>
        counts ? (
          <Tag color="gold">{t('countsAsHead')}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('notCounted')}</Typography.Text>
        ),
    },
    ...(actions ? [{ title: c('actions'), key: 'actions', render: (_: unknown, a: Appearance) => actions(a) }] : []),
  ];
  return (
    <div>
      <Typography.Text type="secondary">{t('appearances')}</Typography.Text>
      <Table<Appearance>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={appearances}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </div>
  );
}

function Delegations({
  delegations,
  extra,
  actions,
}: {
  delegations: Delegation[];
  extra?: (delegation: Delegation) => ReactNode;
  actions?: (delegation: Delegation) => ReactNode;
}) {
  const t = useMessages(caseMessages);
  const label = useEnumLabel();
  if (delegations.length === 0) return null;
  const itemsOf = (d: Delegation): DescriptionsProps['items'] => [
    { key: 'agency', label: t('agency'), children: d.agencyName ?? d.agencyCode },
    { key: 'reasonCategory', label: t('reasonCategory'), children: label('ReasonCategory', d.reasonCategory) },
    {
      key: 'status',
      label: t('status'),
      children: (
        <Space size={4}>
          <Tag color={DELEGATION_COLORS[d.status ?? '']}>{label('DelegationStatus', d.status)}</Tag>
          {d.late ? <Tag color="error">{t('lateDelegation')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'delegate', label: t('delegate'), children: d.delegateName ?? d.delegateOfficialCode },
    { key: 'filedOn', label: t('filedOnDelegation'), children: formatDate(d.filedOn) },
    ...(d.reviewComment ? [{ key: 'reviewComment', label: t('reviewComment'), children: d.reviewComment }] : []),
    { key: 'reason', label: t('reason'), span: 3, children: d.reason },
  ];
  return (
    <div>
      <Typography.Text type="secondary">{t('delegations')}</Typography.Text>
      <Flex vertical gap={8} style={{ marginTop: 4 }}>
        {delegations.map((d) => (
          <Card key={d.id} size="small">
            <Descriptions size="small" column={{ xs: 1, md: 3 }} items={itemsOf(d)} />
            {actions?.(d)}
            {extra?.(d)}
          </Card>
        ))}
      </Flex>
    </div>
  );
}

function OutcomeCard({ caseId, file }: { caseId: number; file: CaseFile }) {
  const t = useMessages(caseMessages);
  const c = useMessages(commonMessages);
  const label = useEnumLabel();
  const may = useMay();
  const [editing, setEditing] = useState(false);
  const outcome = file.outcome ?? undefined;
  return (
    <Card
      title={t('outcome')}
      extra={
        may('putOutcome') ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {outcome ? t('editOutcome') : t('recordOutcome')}
          </Button>
        ) : null
      }
    >
      {editing ? <OutcomeModal caseId={caseId} outcome={outcome} onClose={() => setEditing(false)} /> : null}
      {outcome ? (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'result', label: t('result'), children: label('OutcomeResult', outcome.result) },
            { key: 'concludedOn', label: t('concludedOn'), children: formatDate(outcome.concludedOn) },
            { key: 'coordinated', label: t('coordinated'), children: outcome.coordinated ? c('yes') : c('no') },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('noOutcome')}</Typography.Text>
      )}
    </Card>
  );
}
