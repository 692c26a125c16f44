import { AuditOutlined, ReloadOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Space, Tabs, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { AgencySelect } from '@/components/AgencySelect';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { errorMessage } from '@/lib/api/problem';
import { formatDateTime } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useConfirmations } from '../api/get-confirmations';
import { useWarnings, type HearingWarning } from '../api/get-warnings';
import { useRefreshWarnings } from '../api/refresh-warnings';
import { warningMessages } from '../messages';
import { ConfirmHeadModal } from './ConfirmHeadModal';

/**
 * 出庭预警: what the agency must settle before the hearing — name the head who will appear, or file a delegation.
 * `canRefresh` is the bureau's (the job otherwise runs on its own schedule).
 */
export function WarningsPage({ canRefresh = true }: { canRefresh?: boolean }) {
  const t = useMessages(warningMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const { filters, page, size, setFilters, paging } = useUrlFilters(['status', 'agencyCode'] as const);
  const openOnly = filters.status !== 'all';
  const [confirming, setConfirming] = useState<HearingWarning>();

  const query = useWarnings({ agencyCode: filters.agencyCode, open: openOnly, page: page - 1, size });
  const confirmations = useConfirmations(filters.agencyCode);
  const refresh = useRefreshWarnings();

  const confirmedHead = (w: HearingWarning) =>
    confirmations.data?.find((c) => c.hearingId === w.hearingId && c.agencyCode === w.agencyCode);

  const runRefresh = () =>
    refresh.mutate(undefined, {
      onSuccess: (result) =>
        result.ran === false
          ? message.info(t('refreshSkipped'))
          : message.success(
              t('refreshed', { raised: result.raised ?? 0, resolved: result.resolved ?? 0, open: result.open ?? 0 }),
            ),
      onError: (error) => message.error(errorMessage(error, lang)),
    });

  const columns: TableProps<HearingWarning>['columns'] = [
    {
      title: t('hearingAt'),
      dataIndex: 'scheduledAt',
      width: 150,
      render: (at: string) => <Typography.Text strong>{formatDateTime(at)}</Typography.Text>,
    },
    {
      title: t('caseNumber'),
      dataIndex: 'caseNumber',
      width: 250,
      render: (caseNumber: string, w) => (
        <Space size={2} orientation="vertical">
          <Link to={`/cases/${w.caseId}`}>{caseNumber}</Link>
          <Typography.Text type="secondary">{w.court}</Typography.Text>
        </Space>
      ),
    },
    { title: t('agency'), dataIndex: 'agencyName', width: 200, render: (name: string, w) => name ?? w.agencyCode },
    { title: t('raisedAt'), dataIndex: 'raisedAt', width: 150, render: (at: string) => formatDateTime(at) },
    {
      title: t('status'),
      key: 'status',
      width: 170,
      render: (_, w) => {
        const head = confirmedHead(w);
        if (!w.open) {
          return (
            <Space size={2} orientation="vertical">
              <Tag color="success">{t('resolved')}</Tag>
              <Typography.Text type="secondary">
                {t('resolvedAt', { at: formatDateTime(w.resolvedAt) })}
              </Typography.Text>
            </Space>
          );
        }
        return (
          <Space size={2} orientation="vertical">
            <Tag color="error">{t('open')}</Tag>
            {head ? (
              <Typography.Text type="success">{t('confirmed', { name: head.officialName ?? '' })}</Typography.Text>
            ) : null}
          </Space>
        );
      },
    },
    {
      title: c('actions'),
      key: 'actions',
      width: 230,
      render: (_, w) =>
        w.open ? (
          <Space size={4} wrap>
            <Button size="small" type="primary" icon={<UserOutlined />} onClick={() => setConfirming(w)}>
              {t('confirmHead')}
            </Button>
            <Link to={`/cases/${w.caseId}/hearings/${w.hearingId}/delegations/new`}>
              <Button size="small" icon={<AuditOutlined />}>
                {t('fileDelegation')}
              </Button>
            </Link>
          </Space>
        ) : null,
    },
  ];

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        canRefresh ? (
          <Button icon={<ReloadOutlined />} loading={refresh.isPending} onClick={runRefresh}>
            {t('refresh')}
          </Button>
        ) : null
      }
    >
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Tabs
            activeKey={openOnly ? 'open' : 'all'}
            onChange={(key) => setFilters({ status: key === 'open' ? undefined : key })}
            items={[
              { key: 'open', label: t('tabOpen') },
              { key: 'all', label: t('tabAll') },
            ]}
          />
          <AgencySelect
            placeholder={t('agencyPlaceholder')}
            value={filters.agencyCode}
            onChange={(agencyCode) => setFilters({ agencyCode })}
            style={{ width: 260 }}
          />
        </Flex>
        <PagedTable<HearingWarning>
          rowKey="id"
          columns={columns}
          scroll={{ x: 1150 }}
          query={query}
          paging={paging}
          empty={openOnly ? t('empty') : t('emptyAll')}
        />
      </Card>
      <ConfirmHeadModal key={confirming?.id ?? 'none'} warning={confirming} onClose={() => setConfirming(undefined)} />
    </PageContainer>
  );
}
