import { EditOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Space, Tag, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { TaskListToolbar } from '@/components/TaskListToolbar';
import { formatDate } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useLostCases, type LostCaseReport, type LostCaseStatus } from '../api/get-lost-cases';
import { lostCaseMessages, lostCaseStatusMessages } from '../messages';
import { FileReportModal, GuidanceModal, type JudgmentSlot } from './LostCaseModals';

const STATUS_COLORS: Record<string, string> = { DUE: 'processing', SUBMITTED: 'warning', ANSWERED: 'success' };

export interface LostCasePermissions {
  /** The agency (or the bureau on its behalf) writes and files the report. */
  canFile?: boolean;
  /** The bureau answers a filed report with its guidance opinion. */
  canAnswer?: boolean;
  judgment: JudgmentSlot;
}

const keyOf = (r: LostCaseReport) => `${r.caseId}/${r.agencyCode}`;

/** 败诉案件报告: every lost case of every defendant agency, from due through filed to answered; overdue ones stand out. */
export function LostCasesPage({ canFile = true, canAnswer = true, judgment }: LostCasePermissions) {
  const t = useMessages(lostCaseMessages);
  const s = useMessages(lostCaseStatusMessages);
  const c = useMessages(commonMessages);
  const label = useEnumLabel();
  const { filters, page, size, setFilters, paging } = useUrlFilters([
    'status',
    'agencyCode',
    'overdue',
    'year',
  ] as const);
  const [filing, setFiling] = useState<LostCaseReport>();
  const [answering, setAnswering] = useState<LostCaseReport>();
  const status = filters.status as LostCaseStatus | undefined;
  const overdue = filters.overdue === 'true';
  const year = filters.year ? Number(filters.year) : undefined;

  const query = useLostCases({
    status,
    agencyCode: filters.agencyCode,
    overdue: overdue || undefined,
    year,
    page: page - 1,
    size,
  });

  const columns: TableProps<LostCaseReport>['columns'] = [
    {
      title: t('case'),
      dataIndex: 'caseNumber',
      width: 260,
      render: (caseNumber: string, r) => (
        <Space size={2} orientation="vertical">
          <Link to={`/cases/${r.caseId}`}>{caseNumber}</Link>
          <Typography.Text type="secondary">
            {r.court} · {label('TrialLevel', r.trialLevel)}
            {r.causeOfAction ? ` · ${r.causeOfAction}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('agency'), dataIndex: 'agencyName', width: 200, render: (name: string, r) => name ?? r.agencyCode },
    {
      title: t('result'),
      dataIndex: 'result',
      width: 130,
      render: (result: string) => <Tag color="volcano">{label('OutcomeResult', result)}</Tag>,
    },
    { title: t('concludedOn'), dataIndex: 'concludedOn', width: 110, render: formatDate },
    {
      title: t('dueOn'),
      dataIndex: 'dueOn',
      width: 120,
      render: (dueOn: string, r) => (
        <Space size={2} orientation="vertical">
          {formatDate(dueOn)}
          {r.overdue ? <Tag color="error">{t('overdue')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 130,
      render: (value: string, r) => (
        <Space size={2} orientation="vertical">
          <Tag color={STATUS_COLORS[value]}>{s(value as LostCaseStatus)}</Tag>
          {r.late ? <Tag color="warning">{t('late')}</Tag> : null}
          {r.submittedOn ? (
            <Typography.Text type="secondary">{t('submittedOn', { date: formatDate(r.submittedOn) })}</Typography.Text>
          ) : null}
          {r.answeredOn ? (
            <Typography.Text type="secondary">{t('answeredOn', { date: formatDate(r.answeredOn) })}</Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: c('actions'),
      key: 'actions',
      width: 130,
      render: (_, r) => (
        <Space size={4} orientation="vertical">
          {canFile && r.status === 'DUE' ? (
            <Button size="small" type="primary" icon={<EditOutlined />} onClick={() => setFiling(r)}>
              {t('file')}
            </Button>
          ) : null}
          {canAnswer && r.status === 'SUBMITTED' ? (
            <Button size="small" type="primary" icon={<FormOutlined />} onClick={() => setAnswering(r)}>
              {t('guide')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  const details = (r: LostCaseReport) => (
    <Flex vertical gap={8} style={{ paddingInline: 8 }}>
      <Typography.Text type="secondary">{t('summary')}</Typography.Text>
      {r.status === 'DUE' ? (
        <Typography.Text type="secondary">{t('noSummary')}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{r.summary}</Typography.Paragraph>
          {r.submittedBy ? (
            <Typography.Text type="secondary">{t('filedBy', { name: r.submittedBy })}</Typography.Text>
          ) : null}
        </>
      )}
      {r.reportId ? (
        <>
          <Typography.Text type="secondary">{t('judgment')}</Typography.Text>
          {judgment(r, false)}
        </>
      ) : null}
      {r.guidance ? (
        <>
          <Typography.Text type="secondary">{t('guidance')}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{r.guidance}</Typography.Paragraph>
          {r.answeredBy ? (
            <Typography.Text type="secondary">{t('answeredBy', { name: r.answeredBy })}</Typography.Text>
          ) : null}
        </>
      ) : null}
    </Flex>
  );

  return (
    <PageContainer title={t('title')} subTitle={t('subtitle')}>
      <Card>
        <TaskListToolbar<LostCaseStatus>
          tabs={[
            { key: 'DUE', label: t('tabDue') },
            { key: 'SUBMITTED', label: t('tabSubmitted') },
            { key: 'ANSWERED', label: t('tabAnswered') },
          ]}
          filters={filters}
          setFilters={setFilters}
        >
          <DatePicker
            picker="year"
            placeholder={t('yearPlaceholder')}
            aria-label={t('yearPlaceholder')}
            value={year ? dayjs(`${year}-01-01`) : null}
            onChange={(value) => setFilters({ year: value ? value.year() : undefined })}
            style={{ width: 130 }}
          />
        </TaskListToolbar>
        <PagedTable<LostCaseReport>
          rowKey={keyOf}
          columns={columns}
          scroll={{ x: 1100 }}
          rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
          expandable={{ expandedRowRender: details }}
          query={query}
          paging={paging}
          empty={t('empty')}
        />
      </Card>
      <FileReportModal
        key={`f-${filing ? keyOf(filing) : ''}`}
        report={filing}
        judgment={judgment}
        onClose={() => setFiling(undefined)}
      />
      <GuidanceModal
        key={`g-${answering ? keyOf(answering) : ''}`}
        report={answering}
        judgment={judgment}
        onClose={() => setAnswering(undefined)}
      />
    </PageContainer>
  );
}
