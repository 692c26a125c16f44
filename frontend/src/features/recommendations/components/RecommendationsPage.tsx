import { CheckOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography, type TableProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { TaskListToolbar } from '@/components/TaskListToolbar';
import { formatDate } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useRecommendations, type JudicialRecommendation, type RecommendationStatus } from '../api/get-recommendations';
import { recommendationMessages, recommendationStatusMessages } from '../messages';
import { AnswerRecommendationModal, CloseRecommendationModal, CreateRecommendationModal } from './RecommendationModals';

const STATUS_COLORS: Record<string, string> = { RECEIVED: 'processing', ANSWERED: 'warning', DONE: 'success' };

export interface RecommendationPermissions {
  /** The bureau (or the court) records a recommendation received. */
  canCreate?: boolean;
  /** The agency addressed answers it. */
  canAnswer?: boolean;
  /** The bureau closes it once answered. */
  canClose?: boolean;
  /** The recommendation's attachments (the answer's supporting documents), supplied by the composing page. */
  attachments?: (recommendation: JudicialRecommendation) => ReactNode;
}

/** 司法建议: each recommendation from received through the agency's answer to the bureau closing it; overdue ones stand out. */
export function RecommendationsPage({
  canCreate = true,
  canAnswer = true,
  canClose = true,
  attachments,
}: RecommendationPermissions) {
  const t = useMessages(recommendationMessages);
  const s = useMessages(recommendationStatusMessages);
  const c = useMessages(commonMessages);
  const { filters, page, size, setFilters, paging } = useUrlFilters(['status', 'agencyCode', 'overdue'] as const);
  const [creating, setCreating] = useState(false);
  const [answering, setAnswering] = useState<JudicialRecommendation>();
  const [closing, setClosing] = useState<JudicialRecommendation>();
  const status = filters.status as RecommendationStatus | undefined;
  const overdue = filters.overdue === 'true';

  const query = useRecommendations({
    status,
    agencyCode: filters.agencyCode,
    overdue: overdue || undefined,
    page: page - 1,
    size,
  });

  const columns: TableProps<JudicialRecommendation>['columns'] = [
    {
      title: t('number'),
      dataIndex: 'number',
      width: 210,
      render: (number: string, r) => (
        <Space size={2} orientation="vertical">
          <Typography.Text strong>{number}</Typography.Text>
          <Typography.Text type="secondary">{r.court}</Typography.Text>
          {r.caseId ? <Link to={`/cases/${r.caseId}`}>{r.caseNumber ?? t('case')}</Link> : null}
        </Space>
      ),
    },
    { title: t('agency'), dataIndex: 'agencyName', width: 180, render: (name: string, r) => name ?? r.agencyCode },
    {
      title: t('content'),
      dataIndex: 'content',
      render: (content: string, r) => (
        <Space size={4} orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph
            ellipsis={{ rows: 2, expandable: true, symbol: t('expand') }}
            style={{ marginBottom: 0 }}
          >
            {content}
          </Typography.Paragraph>
          {r.response ? (
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 2, expandable: true, symbol: t('expand') }}
              style={{ marginBottom: 0 }}
            >
              {t('response')}（{t('respondedOn', { date: formatDate(r.respondedOn) })}）：{r.response}
            </Typography.Paragraph>
          ) : null}
          {r.bureauComment ? (
            <Typography.Text type="secondary">
              {t('bureauComment')}：{r.bureauComment}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { title: t('receivedOn'), dataIndex: 'receivedOn', width: 110, render: formatDate },
    {
      title: t('dueOn'),
      dataIndex: 'dueOn',
      width: 120,
      render: (dueOn: string, r) => (
        <Space size={2} orientation="vertical">
          {formatDate(dueOn) || '—'}
          {r.overdue ? <Tag color="error">{t('overdue')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 120,
      render: (value: string, r) => (
        <Space size={2} orientation="vertical">
          <Tag color={STATUS_COLORS[value]}>{s(value as RecommendationStatus)}</Tag>
          {r.closedOn ? (
            <Typography.Text type="secondary">{t('closedOn', { date: formatDate(r.closedOn) })}</Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: c('actions'),
      key: 'actions',
      width: 110,
      render: (_, r) => (
        <Space size={4} orientation="vertical">
          {canAnswer && r.status !== 'DONE' ? (
            <Button
              size="small"
              type={r.status === 'RECEIVED' ? 'primary' : 'default'}
              icon={<EditOutlined />}
              onClick={() => setAnswering(r)}
            >
              {t('answer')}
            </Button>
          ) : null}
          {canClose && r.status === 'ANSWERED' ? (
            <Button size="small" icon={<CheckOutlined />} onClick={() => setClosing(r)}>
              {t('close')}
            </Button>
          ) : null}
          {canClose ? (
            <Link to={`/referrals?new=JUDICIAL_RECOMMENDATION&recommendationId=${r.id}`}>{t('refer')}</Link>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('create')}
          </Button>
        ) : null
      }
    >
      <Card>
        <TaskListToolbar<RecommendationStatus>
          tabs={[
            { key: 'RECEIVED', label: t('tabReceived') },
            { key: 'ANSWERED', label: t('tabAnswered') },
            { key: 'DONE', label: t('tabDone') },
          ]}
          filters={filters}
          setFilters={setFilters}
        />
        <PagedTable<JudicialRecommendation>
          rowKey="id"
          columns={columns}
          scroll={{ x: 1100 }}
          rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
          expandable={
            attachments
              ? {
                  expandedRowRender: (r) => (
                    <div style={{ paddingInline: 8 }}>
                      <Typography.Text type="secondary">{t('attachments')}</Typography.Text>
                      {attachments(r)}
                    </div>
                  ),
                }
              : undefined
          }
          query={query}
          paging={paging}
          empty={t('empty')}
        />
      </Card>
      <CreateRecommendationModal open={creating} onClose={() => setCreating(false)} />
      <AnswerRecommendationModal
        key={`a-${answering?.id}`}
        recommendation={answering}
        onClose={() => setAnswering(undefined)}
      />
      <CloseRecommendationModal
        key={`c-${closing?.id}`}
        recommendation={closing}
        onClose={() => setClosing(undefined)}
      />
    </PageContainer>
  );
}
