import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Select, Table, Tag, Typography, type TableProps } from 'antd';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDate, recentYears, shanghaiToday } from '@/lib/format';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useMessages } from '@/lib/i18n/language-context';
import { useDownloadOfficialRecord, useOfficialRecord, type OfficialRecord } from '../api/get-official-record';
import { recordMessages } from '../messages';

type Row<K extends 'hearings' | 'unmetDuties' | 'delegations' | 'observations'> = NonNullable<
  OfficialRecord[K]
>[number];

/**
 * 述法: one official's year of appearing in court, laid out to be printed (the menu and controls are not) or
 * downloaded as the same record in PDF, as a principal head attaches it to the annual report.
 */
export function OfficialRecordPage() {
  const t = useMessages(recordMessages);
  const label = useEnumLabel();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const lastYear = Number(shanghaiToday().slice(0, 4)) - 1;
  const year = Number(params.get('year')) || lastYear;
  const query = useOfficialRecord(code, year);
  const download = useDownloadOfficialRecord();
  const r = query.data;

  const hearingColumns: TableProps<Row<'hearings'>>['columns'] = [
    { title: t('date'), dataIndex: 'scheduledAt', width: 120, render: (v: string) => formatDate(v) },
    { title: t('caseNumber'), dataIndex: 'caseNumber' },
    { title: t('court'), dataIndex: 'court' },
    {
      title: t('spoke'),
      dataIndex: 'spoke',
      width: 80,
      render: (v: boolean) => (v ? t('yes') : <Tag color="gold">{t('no')}</Tag>),
    },
    {
      title: t('leftEarly'),
      dataIndex: 'leftEarly',
      width: 90,
      render: (v: boolean) => (v ? <Tag color="gold">{t('yes')}</Tag> : t('no')),
    },
    {
      title: t('identity'),
      dataIndex: 'identityStatus',
      width: 100,
      render: (v: string) => label('IdentityStatus', v),
    },
  ];
  const unmetColumns: TableProps<Row<'unmetDuties'>>['columns'] = [
    { title: t('date'), dataIndex: 'dutyDate', width: 120, render: (v: string) => formatDate(v) },
    { title: t('caseNumber'), dataIndex: 'caseNumber' },
    { title: t('court'), dataIndex: 'court' },
    {
      title: t('absence'),
      dataIndex: 'absenceClass',
      width: 120,
      render: (v: 'JUSTIFIED' | 'PENDING' | 'UNJUSTIFIED') => (
        <Tag color={v === 'UNJUSTIFIED' ? 'red' : v === 'PENDING' ? 'orange' : 'default'}>{t(v)}</Tag>
      ),
    },
  ];
  const delegationColumns: TableProps<Row<'delegations'>>['columns'] = [
    { title: t('date'), dataIndex: 'scheduledAt', width: 120, render: (v: string) => formatDate(v) },
    { title: t('caseNumber'), dataIndex: 'caseNumber' },
    {
      title: t('reason'),
      dataIndex: 'reason',
      render: (v: string, d) => `${label('ReasonCategory', d.reasonCategory)}：${v}`,
    },
    { title: t('delegate'), dataIndex: 'delegateName', width: 100 },
    {
      title: t('review'),
      dataIndex: 'status',
      width: 130,
      render: (v: string, d) => (
        <Flex vertical>
          <span>{label('DelegationStatus', v)}</span>
          {d.late ? <Typography.Text type="secondary">{t('late')}</Typography.Text> : null}
          {d.courtFinding ? (
            <Typography.Text type="secondary">{label('CourtFinding', d.courtFinding)}</Typography.Text>
          ) : null}
        </Flex>
      ),
    },
  ];
  const observationColumns: TableProps<Row<'observations'>>['columns'] = [
    { title: t('date'), dataIndex: 'scheduledAt', width: 120, render: (v: string) => formatDate(v) },
    { title: t('topic'), dataIndex: 'title' },
    { title: t('caseNumber'), dataIndex: 'caseNumber' },
  ];

  const section = <T extends object>(
    title: string,
    rows: T[] | undefined,
    columns: TableProps<T>['columns'],
    rowKey: keyof T,
  ) => (
    <section>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Table<T>
        size="small"
        bordered
        pagination={false}
        rowKey={(row) => String(row[rowKey])}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: t('none') }}
      />
    </section>
  );

  return (
    <Flex vertical gap={16}>
      <Flex className="no-print" justify="space-between" wrap gap={8}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/officials')}>
          {t('back')}
        </Button>
        <Flex gap={8} wrap align="center">
          <span>{t('year')}</span>
          <Select
            aria-label={t('year')}
            value={year}
            onChange={(value) => setParams({ year: String(value) }, { replace: true })}
            options={recentYears(new Date(), 2018).map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!r}>
            {t('print')}
          </Button>
          <Button
            type="primary"
            icon={<FilePdfOutlined />}
            disabled={!r}
            loading={download.isPending}
            onClick={async () => {
              const name = await download.mutateAsync({ code, year, name: r?.name ?? code });
              message.success(t('saved', { name }));
            }}
          >
            {t('downloadPdf')}
          </Button>
        </Flex>
      </Flex>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => query.refetch()} /> : null}
      <Card loading={query.isLoading}>
        {r ? (
          <Flex vertical gap={16}>
            <div style={{ textAlign: 'center' }}>
              <Typography.Title level={3} style={{ marginBottom: 4 }}>
                {t('title', { name: r.name ?? '', year: r.year ?? year })}
              </Typography.Title>
              <Typography.Text>{t('subtitle')}</Typography.Text>
            </div>
            <Descriptions size="small" column={3} bordered>
              <Descriptions.Item label={t('agency')}>{r.agencyName}</Descriptions.Item>
              <Descriptions.Item label={t('jobTitle')}>
                {r.title ?? '—'}（{label('OfficialRole', r.role)}）
              </Descriptions.Item>
              <Descriptions.Item label={t('tenure')}>
                {formatDate(r.validFrom)} ~ {r.validTo ? formatDate(r.validTo) : t('present')}
                {r.inPostFrom ? null : `（${t('notInPost')}）`}
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {t('summary', {
                hearings: r.summary?.hearingsAttended ?? 0,
                silent: r.summary?.silent ?? 0,
                leftEarly: r.summary?.leftEarly ?? 0,
                unmet: r.summary?.unmetDuties ?? 0,
                justified: r.summary?.justifiedAbsences ?? 0,
                pending: r.summary?.pendingAbsences ?? 0,
                unjustified: r.summary?.unjustifiedAbsences ?? 0,
                delegations: r.summary?.delegations ?? 0,
                observations: r.summary?.observations ?? 0,
              })}
            </Typography.Paragraph>
            {section(t('hearings'), r.hearings, hearingColumns, 'hearingId')}
            {section(t('unmet'), r.unmetDuties, unmetColumns, 'caseId')}
            {section(t('delegations'), r.delegations, delegationColumns, 'delegationId')}
            <Typography.Text type="secondary">{t('delegationsNote')}</Typography.Text>
            {section(t('observations'), r.observations, observationColumns, 'sessionId')}
          </Flex>
        ) : null}
      </Card>
    </Flex>
  );
}
