import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Space, Tabs, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { AgencySelect } from '@/components/AgencySelect';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { caseSearchText } from '@/lib/case-number';
import { formatDate, formatDateTime } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useDelegations, type Delegation, type DelegationStatus } from '../api/get-delegations';
import { delegationMessages } from '../messages';
import { BatchReviewModal } from './BatchReviewModal';
import { ReviewDelegationModal, type ReviewDecision } from './ReviewDelegationModal';

const STATUS_COLORS: Record<string, string> = { SUBMITTED: 'processing', APPROVED: 'success', REJECTED: 'error' };

/** The bureau's queue: delegations awaiting review first; other states a tab away. */
export function ReviewQueuePage({ attachments }: { attachments?: (delegation: Delegation) => ReactNode } = {}) {
  const t = useMessages(delegationMessages);
  const c = useMessages(commonMessages);
  const label = useEnumLabel();
  const { filters, page, size, setFilters, paging } = useUrlFilters(['status', 'agencyCode', 'q'] as const);
  const status = (filters.status ?? 'SUBMITTED') as DelegationStatus | 'ALL';
  const [reviewing, setReviewing] = useState<{ delegation: Delegation; decision: ReviewDecision }>();
  const [selected, setSelected] = useState<Delegation[]>([]);
  const [batch, setBatch] = useState<ReviewDecision>();

  const query = useDelegations({
    status: status === 'ALL' ? undefined : status,
    agencyCode: filters.agencyCode,
    caseNumber: caseSearchText(filters.q),
    page: page - 1,
    size,
  });

  const columns: TableProps<Delegation>['columns'] = [
    {
      title: t('caseNumber'),
      dataIndex: 'caseNumber',
      width: 200,
      render: (caseNumber: string, d) => (
        <Space size={2} orientation="vertical">
          <Link to={`/cases/${d.caseId}`}>{caseNumber}</Link>
          <Typography.Text type="secondary">{formatDateTime(d.hearingScheduledAt)}</Typography.Text>
        </Space>
      ),
    },
    { title: t('agency'), dataIndex: 'agencyName', width: 170, render: (name: string, d) => name ?? d.agencyCode },
    {
      // The explanation is what the reviewer judges: it gets the room.
      title: t('reason'),
      dataIndex: 'reason',
      render: (reason: string, d) => (
        <Space size={4} orientation="vertical" style={{ width: '100%' }}>
          <Tag>{label('ReasonCategory', d.reasonCategory)}</Tag>
          <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{reason}</Typography.Paragraph>
        </Space>
      ),
    },
    {
      title: t('delegateShort'),
      dataIndex: 'delegateName',
      width: 100,
      render: (name: string, d) => name ?? d.delegateOfficialCode,
    },
    {
      title: t('courtFinding'),
      dataIndex: 'courtFinding',
      width: 120,
      render: (finding: string | null | undefined) =>
        finding ? (
          <Tag color={finding === 'NOT_ACCEPTED' ? 'error' : 'success'}>{label('CourtFinding', finding)}</Tag>
        ) : (
          '—'
        ),
    },
    {
      // Approving needs the letter or evidence (art. 9): the reviewer sees whether it is there before the click.
      title: t('papers'),
      dataIndex: 'papersAttached',
      width: 130,
      render: (attached: boolean | undefined, d) =>
        attached ? (
          <Tag color="success">{t('papersAttached')}</Tag>
        ) : (
          <Space size={2} orientation="vertical">
            <Tag color="warning">{t('papersMissing')}</Tag>
            {d.status === 'SUBMITTED' ? (
              <Typography.Text type="secondary">{t('papersBeforeApproval')}</Typography.Text>
            ) : null}
          </Space>
        ),
    },
    {
      title: t('filedOn'),
      dataIndex: 'filedOn',
      width: 120,
      render: (filedOn: string, d) => (
        <Space size={4} orientation="vertical">
          {formatDate(filedOn)}
          {d.late ? <Tag color="error">{t('late')}</Tag> : null}
        </Space>
      ),
    },
    ...(status === 'SUBMITTED'
      ? []
      : [
          {
            title: t('status'),
            dataIndex: 'status',
            width: 180,
            render: (value: string, d: Delegation) => (
              <Space size={2} orientation="vertical">
                <Tag color={STATUS_COLORS[value]}>{label('DelegationStatus', value)}</Tag>
                {d.reviewComment ? <Typography.Text type="secondary">{d.reviewComment}</Typography.Text> : null}
              </Space>
            ),
          },
        ]),
    {
      title: c('actions'),
      key: 'actions',
      width: 180,
      render: (_, d) =>
        d.status === 'SUBMITTED' ? (
          <Space size={4}>
            <Tooltip title={d.papersAttached ? undefined : t('approveNeedsPapers')}>
              <Button
                size="small"
                type="primary"
                icon={<CheckOutlined />}
                disabled={!d.papersAttached}
                onClick={() => setReviewing({ delegation: d, decision: 'APPROVED' })}
              >
                {t('approve')}
              </Button>
            </Tooltip>
            <Button
              size="small"
              danger
              icon={<CloseOutlined />}
              onClick={() => setReviewing({ delegation: d, decision: 'REJECTED' })}
            >
              {t('reject')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <PageContainer title={t('queueTitle')} subTitle={t('queueSubtitle')}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Tabs
            activeKey={status}
            onChange={(key) => setFilters({ status: key === 'SUBMITTED' ? undefined : key })}
            items={[
              { key: 'SUBMITTED', label: t('tabSubmitted') },
              { key: 'APPROVED', label: t('tabApproved') },
              { key: 'REJECTED', label: t('tabRejected') },
              { key: 'ALL', label: t('tabAll') },
            ]}
          />
          <Flex gap={8} wrap>
            <Input.Search
              aria-label={t('searchCase')}
              placeholder={t('searchCase')}
              allowClear
              defaultValue={filters.q}
              onSearch={(q) => setFilters({ q: q.trim() || undefined })}
              style={{ width: 260 }}
            />
            <AgencySelect
              placeholder={t('agencyPlaceholder')}
              value={filters.agencyCode}
              onChange={(agencyCode) => setFilters({ agencyCode })}
              style={{ width: 260 }}
            />
          </Flex>
        </Flex>
        {status === 'SUBMITTED' ? (
          <Flex gap={8} align="center" wrap style={{ margin: '8px 0' }}>
            {selected.length ? (
              <>
                <Typography.Text>{t('selected', { n: selected.length })}</Typography.Text>
                <Button type="primary" icon={<CheckOutlined />} onClick={() => setBatch('APPROVED')}>
                  {t('batchApprove')}
                </Button>
                <Button danger icon={<CloseOutlined />} onClick={() => setBatch('REJECTED')}>
                  {t('batchReject')}
                </Button>
              </>
            ) : (
              <Typography.Text type="secondary">{t('batchHint')}</Typography.Text>
            )}
          </Flex>
        ) : null}
        <PagedTable<Delegation>
          rowKey="id"
          columns={columns}
          rowSelection={
            status === 'SUBMITTED'
              ? {
                  selectedRowKeys: selected.map((d) => d.id ?? 0),
                  onChange: (_, rows) => setSelected(rows),
                  hideSelectAll: true,
                  getCheckboxProps: (d) => ({ disabled: d.status !== 'SUBMITTED', 'aria-label': d.caseNumber }),
                }
              : undefined
          }
          scroll={{ x: 1130 }}
          query={query}
          paging={paging}
          empty={status === 'SUBMITTED' ? t('empty') : t('emptyOther')}
        />
      </Card>
      <ReviewDelegationModal
        key={reviewing ? `${reviewing.delegation.id}-${reviewing.decision}` : 'none'}
        delegation={reviewing?.delegation}
        decision={reviewing?.decision ?? 'APPROVED'}
        onClose={() => setReviewing(undefined)}
        attachments={attachments}
      />
      <BatchReviewModal
        key={batch ?? 'none'}
        delegations={batch ? selected : []}
        decision={batch ?? 'APPROVED'}
        onClose={(done) => {
          setBatch(undefined);
          if (done) setSelected([]);
        }}
      />
    </PageContainer>
  );
}
