import {
  CheckOutlined,
  EditOutlined,
  FilePdfOutlined,
  PlusOutlined,
  RollbackOutlined,
  SendOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  InputNumber,
  Select,
  Space,
  Tabs,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AgencySelect } from '@/components/AgencySelect';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { formatDate, formatDateTime } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import {
  useReferrals,
  type Referral,
  type ReferralGround,
  type ReferralSource,
  type ReferralStatus,
} from '../api/get-referrals';
import { useDownloadReferralLetter } from '../api/referral-mutations';
import {
  referralDecisionMessages,
  referralGroundMessages,
  referralMessages,
  referralStatusMessages,
} from '../messages';
import { AnswerReferralModal, ReferralFormModal, SendReferralModal, WithdrawReferralModal } from './ReferralModals';

const STATUS_COLORS: Record<string, string> = {
  DRAFTED: 'default',
  SENT: 'processing',
  ANSWERED: 'success',
  WITHDRAWN: 'warning',
};
const STATUSES: ReferralStatus[] = ['DRAFTED', 'SENT', 'ANSWERED', 'WITHDRAWN'];
const GROUNDS: ReferralGround[] = [
  'UNJUSTIFIED_ABSENCE',
  'NO_ONE_APPEARED',
  'MISCONDUCT_AT_HEARING',
  'JUDICIAL_RECOMMENDATION',
];

/** A source record named in the address (`?new=JUDICIAL_RECOMMENDATION&recommendationId=12`) opens the new-referral form. */
function sourceFrom(params: URLSearchParams): ReferralSource | undefined {
  const ground = params.get('new') as ReferralGround | null;
  if (!ground || !GROUNDS.includes(ground)) return undefined;
  const number = (key: string) => (params.get(key) ? Number(params.get(key)) : undefined);
  return {
    ground,
    recommendationId: number('recommendationId'),
    appearanceId: number('appearanceId'),
    hearingId: number('hearingId'),
    caseId: number('caseId'),
    agencyCode: params.get('agencyCode') ?? undefined,
  };
}

export interface ReferralPermissions {
  /** The bureau drafts, sends, records the decision, withdraws; agencies only read their sent referrals. */
  canManage?: boolean;
  attachments?: (referral: Referral, canChange: boolean) => ReactNode;
}

/** 追责: each referral from the bureau's draft through sending to the competent body's decision, or its withdrawal. */
export function ReferralsPage({ canManage = true, attachments }: ReferralPermissions) {
  const t = useMessages(referralMessages);
  const s = useMessages(referralStatusMessages);
  const g = useMessages(referralGroundMessages);
  const d = useMessages(referralDecisionMessages);
  const c = useMessages(commonMessages);
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const { filters, page, size, setFilters, paging } = useUrlFilters([
    'status',
    'agencyCode',
    'ground',
    'year',
  ] as const);
  const linked = canManage ? sourceFrom(params) : undefined;
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Referral>();
  const [sending, setSending] = useState<Referral>();
  const [answering, setAnswering] = useState<Referral>();
  const [withdrawing, setWithdrawing] = useState<Referral>();
  const letter = useDownloadReferralLetter();
  const status = filters.status as ReferralStatus | undefined;

  const query = useReferrals({
    status,
    agencyCode: filters.agencyCode,
    ground: filters.ground as ReferralGround | undefined,
    year: filters.year ? Number(filters.year) : undefined,
    page: page - 1,
    size,
  });

  const closeNew = () => {
    setCreating(false);
    if (linked) {
      const next = new URLSearchParams(params);
      ['new', 'recommendationId', 'appearanceId', 'hearingId', 'caseId', 'agencyCode'].forEach((k) => next.delete(k));
      setParams(next, { replace: true });
    }
  };

  const columns: TableProps<Referral>['columns'] = [
    {
      title: t('ground'),
      dataIndex: 'ground',
      width: 170,
      render: (ground: ReferralGround, r) => (
        <Space size={2} orientation="vertical">
          <Typography.Text strong>{g(ground)}</Typography.Text>
          <Typography.Text type="secondary">{t('draftedOn', { date: formatDate(r.draftedOn) })}</Typography.Text>
        </Space>
      ),
    },
    { title: t('agency'), dataIndex: 'agencyName', width: 190 },
    {
      title: t('officials'),
      key: 'officials',
      width: 150,
      render: (_, r) => r.officials?.map((o) => `${o.title ?? ''}${o.name}`).join('、'),
    },
    {
      title: t('cases'),
      key: 'cases',
      render: (_, r) => (
        <Space size={2} orientation="vertical">
          {r.cases?.map((x) => (
            <Link key={x.id} to={`/cases/${x.id}`}>
              {x.caseNumber}
            </Link>
          ))}
        </Space>
      ),
    },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 200,
      render: (value: ReferralStatus, r) => (
        <Space size={2} orientation="vertical">
          <Tag color={STATUS_COLORS[value]}>{s(value)}</Tag>
          {r.number ? (
            <Typography.Text type="secondary">
              {r.number} · {formatDate(r.sentOn)}
            </Typography.Text>
          ) : null}
          {r.decision ? <Tag color="red">{d(r.decision)}</Tag> : null}
        </Space>
      ),
    },
    {
      title: c('actions'),
      key: 'actions',
      width: 120,
      render: (_, r) => (
        <Space size={4} orientation="vertical">
          <Button
            size="small"
            icon={<FilePdfOutlined />}
            loading={letter.isPending && letter.variables === r.id}
            onClick={async () => {
              const name = await letter.mutateAsync(r.id ?? 0);
              message.success(t('letterSaved', { name }));
            }}
          >
            {t('letter')}
          </Button>
          {canManage && r.status === 'DRAFTED' ? (
            <>
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(r)}>
                {t('edit')}
              </Button>
              <Button size="small" type="primary" icon={<SendOutlined />} onClick={() => setSending(r)}>
                {t('send')}
              </Button>
            </>
          ) : null}
          {canManage && r.status === 'SENT' ? (
            <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setAnswering(r)}>
              {t('answer')}
            </Button>
          ) : null}
          {canManage && (r.status === 'DRAFTED' || r.status === 'SENT') ? (
            <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setWithdrawing(r)}>
              {t('withdraw')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  const detail = (r: Referral) => (
    <Flex vertical gap={8} style={{ paddingInline: 8 }}>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('referredTo')} span={2}>
          {r.referredTo}
        </Descriptions.Item>
        <Descriptions.Item label={t('facts')} span={2}>
          <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{r.facts}</Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label={t('hearings')} span={2}>
          {r.hearings?.map((h) => `${h.caseNumber} ${formatDateTime(h.scheduledAt)}`).join('；') || '—'}
        </Descriptions.Item>
        {r.decision ? (
          <Descriptions.Item label={t('decision')} span={2}>
            {d(r.decision)}（{formatDate(r.answeredOn)}）{r.decisionDetail ? `：${r.decisionDetail}` : ''}
          </Descriptions.Item>
        ) : null}
        {r.withdrawalReason ? (
          <Descriptions.Item label={t('withdrawalReason')} span={2}>
            {r.withdrawalReason}（{formatDate(r.withdrawnOn)}）
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {attachments ? (
        <div>
          <Typography.Text type="secondary">{t('attachments')}</Typography.Text>
          {attachments(r, canManage && (r.status === 'DRAFTED' || r.status === 'SENT'))}
        </div>
      ) : null}
    </Flex>
  );

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('create')}
          </Button>
        ) : null
      }
    >
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Tabs
            activeKey={status ?? 'ALL'}
            onChange={(key) => setFilters({ status: key === 'ALL' ? undefined : key })}
            items={[
              { key: 'ALL', label: t('tabAll') },
              ...STATUSES.filter((x) => canManage || x !== 'DRAFTED').map((key) => ({ key, label: s(key) })),
            ]}
          />
          <Flex gap={12} align="center" wrap>
            <Select
              allowClear
              placeholder={t('groundPlaceholder')}
              value={filters.ground}
              onChange={(ground) => setFilters({ ground })}
              options={GROUNDS.map((value) => ({ value, label: g(value) }))}
              style={{ width: 200 }}
            />
            <InputNumber
              placeholder={t('yearPlaceholder')}
              min={1990}
              max={2100}
              value={filters.year ? Number(filters.year) : null}
              onChange={(year) => setFilters({ year: year ? String(year) : undefined })}
              style={{ width: 100 }}
            />
            <AgencySelect
              placeholder={t('agencyPlaceholder')}
              value={filters.agencyCode}
              onChange={(agencyCode) => setFilters({ agencyCode })}
              style={{ width: 240 }}
            />
          </Flex>
        </Flex>
        <PagedTable<Referral>
          rowKey="id"
          columns={columns}
          scroll={{ x: 1100 }}
          expandable={{ expandedRowRender: detail }}
          query={query}
          paging={paging}
          empty={t('empty')}
        />
      </Card>
      {creating || linked ? <ReferralFormModal open source={linked} onClose={closeNew} /> : null}
      {editing ? (
        <ReferralFormModal key={`e-${editing.id}`} open referral={editing} onClose={() => setEditing(undefined)} />
      ) : null}
      <SendReferralModal key={`s-${sending?.id}`} referral={sending} onClose={() => setSending(undefined)} />
      <AnswerReferralModal key={`a-${answering?.id}`} referral={answering} onClose={() => setAnswering(undefined)} />
      <WithdrawReferralModal
        key={`w-${withdrawing?.id}`}
        referral={withdrawing}
        onClose={() => setWithdrawing(undefined)}
      />
    </PageContainer>
  );
}
