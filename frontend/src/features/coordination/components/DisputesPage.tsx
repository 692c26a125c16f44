import { DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Input,
  Row,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tabs,
  Tag,
  Timeline,
  Typography,
  type TableProps,
} from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { AgencySelect } from '@/components/AgencySelect';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { errorMessage } from '@/lib/api/problem';
import { formatDate, formatRate, shanghaiToday } from '@/lib/format';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters, type Paging } from '@/lib/use-url-filters';
import {
  useCoordinationFigures,
  useDisputes,
  useDownloadCoordinationFigures,
  useMediatingBodies,
  type CoordinationCount,
  type Dispute,
  type DisputeSource,
  type DisputeStatus,
  type MediatingBody,
} from '../api/get-disputes';
import { coordinationMessages, disputeEnumMessages } from '../messages';
import { BodyModal, DisputeModal, MeetingModal, ResolveModal, ReturnModal, StartModal } from './DisputeModals';

const STATUS_COLORS: Record<string, string> = {
  RECEIVED: 'default',
  IN_PROGRESS: 'processing',
  RESOLVED: 'success',
  RETURNED: 'warning',
};
const LIMIT_COLORS: Record<string, string> = { NONE: 'default', RUNNING: 'blue', KEPT: 'green', OVERDUE: 'red' };

/**
 * 行政争议协调化解中心: the bureau registers the disputes the court entrusts or that come directly, assigns them to a
 * mediating body, records meetings and closes them; agencies see the disputes about their acts. {@code attachments}
 * renders a dispute's documents (the agreement), kept by the documents feature.
 */
export function DisputesPage({
  canManage = true,
  attachments,
}: {
  canManage?: boolean;
  attachments?: (dispute: Dispute, canChange: boolean) => ReactNode;
}) {
  const t = useMessages(coordinationMessages);
  const { filters, page, size, setFilters, paging } = useUrlFilters([
    'tab',
    'status',
    'source',
    'agencyCode',
    'mediatingBodyCode',
    'year',
    'overdue',
    'q',
  ] as const);
  return (
    <PageContainer title={t('title')} subTitle={t('subtitle')}>
      <Card>
        <Tabs
          activeKey={filters.tab ?? 'disputes'}
          onChange={(tab) => setFilters({ tab: tab === 'disputes' ? undefined : tab })}
          items={[
            {
              key: 'disputes',
              label: t('disputesTab'),
              children: (
                <Disputes
                  canManage={canManage}
                  attachments={attachments}
                  filters={filters}
                  setFilters={setFilters}
                  page={page}
                  size={size}
                  paging={paging}
                />
              ),
            },
            {
              key: 'figures',
              label: t('figuresTab'),
              children: (
                <Figures
                  chosenYear={filters.year ? Number(filters.year) : undefined}
                  onYear={(year) => setFilters({ year: String(year) })}
                />
              ),
            },
            { key: 'bodies', label: t('bodiesTab'), children: <Bodies canManage={canManage} /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}

type Filters = Partial<
  Record<'tab' | 'status' | 'source' | 'agencyCode' | 'mediatingBodyCode' | 'year' | 'overdue' | 'q', string>
>;

function Disputes({
  canManage,
  attachments,
  filters,
  setFilters,
  page,
  size,
  paging,
}: {
  canManage: boolean;
  attachments?: (dispute: Dispute, canChange: boolean) => ReactNode;
  filters: Filters;
  setFilters: (f: Filters) => void;
  page: number;
  size: number;
  paging: Paging;
}) {
  const t = useMessages(coordinationMessages);
  const e = useMessages(disputeEnumMessages);
  const bodies = useMediatingBodies(true);
  const [editing, setEditing] = useState<{ dispute?: Dispute }>();
  const [starting, setStarting] = useState<Dispute>();
  const [meeting, setMeeting] = useState<Dispute>();
  const [resolving, setResolving] = useState<Dispute>();
  const [returning, setReturning] = useState<Dispute>();
  const year = filters.year ? Number(filters.year) : undefined;
  const query = useDisputes({
    status: filters.status as DisputeStatus | undefined,
    source: filters.source as DisputeSource | undefined,
    agencyCode: filters.agencyCode,
    mediatingBodyCode: filters.mediatingBodyCode,
    year,
    overdue: filters.overdue === 'true' ? true : undefined,
    q: filters.q,
    page: page - 1,
    size,
  });

  const columns: TableProps<Dispute>['columns'] = [
    {
      title: t('number'),
      dataIndex: 'number',
      width: 210,
      render: (number: string, d) => (
        <Space size={2} orientation="vertical">
          <Typography.Text strong>{number}</Typography.Text>
          <Space size={4} wrap>
            <Tag>{e(d.source!)}</Tag>
            {d.courtReference ? <Typography.Text type="secondary">{d.courtReference}</Typography.Text> : null}
          </Space>
        </Space>
      ),
    },
    {
      title: t('subject'),
      dataIndex: 'subject',
      render: (subject: string, d) => (
        <Space size={2} orientation="vertical">
          <Typography.Text>{subject}</Typography.Text>
          <Typography.Text type="secondary">
            {(d.applicants ?? []).join('、')} · {(d.agencies ?? []).map((a) => a.name).join('、')}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('receivedOn'),
      dataIndex: 'receivedOn',
      width: 150,
      render: (receivedOn: string, d) => (
        <Space size={2} orientation="vertical">
          <span>{formatDate(receivedOn)}</span>
          {d.timeLimit ? <Typography.Text type="secondary">至 {formatDate(d.timeLimit)}</Typography.Text> : null}
          <Tag color={LIMIT_COLORS[d.timeLimitStatus ?? 'NONE']}>{e(d.timeLimitStatus ?? 'NONE')}</Tag>
        </Space>
      ),
    },
    {
      title: t('mediatingBody'),
      key: 'body',
      width: 180,
      render: (_, d) => d.mediatingBody?.name ?? '—',
    },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 130,
      render: (status: DisputeStatus, d) => (
        <Space size={2} orientation="vertical">
          <Tag color={STATUS_COLORS[status]}>{e(status)}</Tag>
          {d.resolution ? <Typography.Text type="secondary">{e(d.resolution)}</Typography.Text> : null}
          {d.closedOn ? <Typography.Text type="secondary">{formatDate(d.closedOn)}</Typography.Text> : null}
        </Space>
      ),
    },
    ...(canManage
      ? [
          {
            title: t('actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, d: Dispute) => (
              <Space size={4} orientation="vertical">
                {d.status === 'RECEIVED' ? (
                  <Button size="small" type="primary" onClick={() => setStarting(d)}>
                    {t('start')}
                  </Button>
                ) : null}
                {d.status === 'IN_PROGRESS' ? (
                  <>
                    <Button size="small" onClick={() => setMeeting(d)}>
                      {t('meeting')}
                    </Button>
                    <Button size="small" type="primary" onClick={() => setResolving(d)}>
                      {t('resolve')}
                    </Button>
                  </>
                ) : null}
                {d.status === 'RECEIVED' || d.status === 'IN_PROGRESS' ? (
                  <>
                    <Button size="small" danger type="text" onClick={() => setReturning(d)}>
                      {t('return')}
                    </Button>
                    <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setEditing({ dispute: d })}>
                      {t('edit')}
                    </Button>
                  </>
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];

  const detail = (d: Dispute) => {
    const open = d.status === 'RECEIVED' || d.status === 'IN_PROGRESS';
    return (
      <Row gutter={24} style={{ paddingInline: 8 }}>
        <Col xs={24} xl={12}>
          <Descriptions size="small" column={1} bordered>
            {d.court ? <Descriptions.Item label={t('court')}>{d.court}</Descriptions.Item> : null}
            {d.caseId ? (
              <Descriptions.Item label={t('case')}>
                {canManage ? <Link to={`/cases/${d.caseId}`}>{d.caseNumber}</Link> : d.caseNumber}
                <div>
                  <Typography.Text type="secondary">
                    {d.caseCoordinated === true
                      ? t('caseCoordinated')
                      : d.caseCoordinated == null
                        ? t('casePending')
                        : ''}
                  </Typography.Text>
                </div>
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('applicants')}>{(d.applicants ?? []).join('、')}</Descriptions.Item>
            <Descriptions.Item label={t('agencies')}>
              {(d.agencies ?? []).map((a) => a.name).join('、')}
            </Descriptions.Item>
            {d.startedOn ? (
              <Descriptions.Item label={t('startedOn')}>{formatDate(d.startedOn)}</Descriptions.Item>
            ) : null}
            {d.outcomeSummary ? <Descriptions.Item label={t('outcome')}>{d.outcomeSummary}</Descriptions.Item> : null}
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('meetings')}
          </Typography.Title>
          {(d.meetings ?? []).length === 0 ? (
            <Typography.Text type="secondary">{t('noMeetings')}</Typography.Text>
          ) : (
            <Timeline
              items={(d.meetings ?? []).map((m) => ({
                key: m.id,
                content: (
                  <Space size={2} orientation="vertical">
                    <Typography.Text strong>
                      {formatDate(m.heldOn)} {m.place ?? ''}
                    </Typography.Text>
                    <Typography.Text type="secondary">{m.participants}</Typography.Text>
                    {m.notes ? <Typography.Text>{m.notes}</Typography.Text> : null}
                  </Space>
                ),
              }))}
            />
          )}
        </Col>
        <Col xs={24} xl={12}>
          {attachments?.(d, canManage && open)}
        </Col>
      </Row>
    );
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('searchPlaceholder')}
            defaultValue={filters.q}
            onSearch={(q) => setFilters({ q: q || undefined })}
            style={{ width: 240 }}
          />
          <Select
            allowClear
            placeholder={t('statusPlaceholder')}
            aria-label={t('statusPlaceholder')}
            value={filters.status}
            onChange={(status) => setFilters({ status })}
            options={(['RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'RETURNED'] as const).map((s) => ({
              value: s,
              label: e(s),
            }))}
            style={{ width: 120 }}
          />
          <Select
            allowClear
            placeholder={t('sourcePlaceholder')}
            aria-label={t('sourcePlaceholder')}
            value={filters.source}
            onChange={(source) => setFilters({ source })}
            options={(['ENTRUSTED_BEFORE_FILING', 'ENTRUSTED_AFTER_FILING', 'DIRECT'] as const).map((s) => ({
              value: s,
              label: e(s),
            }))}
            style={{ width: 130 }}
          />
          <AgencySelect
            placeholder={t('agencyPlaceholder')}
            value={filters.agencyCode}
            onChange={(agencyCode) => setFilters({ agencyCode })}
            style={{ width: 200 }}
          />
          <Select
            allowClear
            placeholder={t('bodyPlaceholder')}
            aria-label={t('bodyPlaceholder')}
            value={filters.mediatingBodyCode}
            onChange={(mediatingBodyCode) => setFilters({ mediatingBodyCode })}
            options={(bodies.data ?? []).map((b) => ({ value: b.code, label: b.name }))}
            popupMatchSelectWidth={false}
            style={{ width: 180 }}
          />
          <DatePicker
            picker="year"
            placeholder={t('yearPlaceholder')}
            aria-label={t('yearPlaceholder')}
            value={year ? dayjs(`${year}-01-01`) : null}
            onChange={(value) => setFilters({ year: value ? String(value.year()) : undefined })}
            style={{ width: 120 }}
          />
          <Space size={4}>
            <Switch
              size="small"
              checked={filters.overdue === 'true'}
              onChange={(on) => setFilters({ overdue: on ? 'true' : undefined })}
              aria-label={t('overdueOnly')}
            />
            <span>{t('overdueOnly')}</span>
          </Space>
        </Space>
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('create')}
          </Button>
        ) : null}
      </Flex>
      <PagedTable<Dispute>
        rowKey="id"
        columns={columns}
        scroll={{ x: 1100 }}
        expandable={{ expandedRowRender: detail }}
        query={query}
        paging={paging}
        empty={t('empty')}
      />
      <DisputeModal
        key={`e-${editing?.dispute?.id ?? 'new'}-${editing ? 'open' : 'closed'}`}
        open={!!editing}
        dispute={editing?.dispute}
        onClose={() => setEditing(undefined)}
      />
      <StartModal key={`s-${starting?.id}`} dispute={starting} onClose={() => setStarting(undefined)} />
      <MeetingModal key={`m-${meeting?.id}`} dispute={meeting} onClose={() => setMeeting(undefined)} />
      <ResolveModal key={`r-${resolving?.id}`} dispute={resolving} onClose={() => setResolving(undefined)} />
      <ReturnModal key={`b-${returning?.id}`} dispute={returning} onClose={() => setReturning(undefined)} />
    </>
  );
}

/**
 * The centre's figures of a year or quarter, as the API computes them from the disputes, with its CSV and Excel.
 * The year is the list's year filter, so that both tabs speak of the same year.
 */
function Figures({ chosenYear, onYear }: { chosenYear?: number; onYear: (year: number) => void }) {
  const t = useMessages(coordinationMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const year = chosenYear ?? Number(shanghaiToday().slice(0, 4));
  const [quarter, setQuarter] = useState<number>();
  const period = { year, quarter };
  const figures = useCoordinationFigures(period);
  const download = useDownloadCoordinationFigures();
  const f = figures.data;
  const columns: TableProps<CoordinationCount>['columns'] = [
    { title: t('name'), dataIndex: 'name' },
    { title: t('received'), dataIndex: 'received', width: 90, align: 'right' },
    { title: t('resolvedCount'), dataIndex: 'resolved', width: 100, align: 'right' },
    { title: t('returnedCount'), dataIndex: 'returned', width: 90, align: 'right' },
    { title: t('rate'), dataIndex: 'resolutionRate', width: 110, align: 'right', render: (r) => formatRate(r) },
    { title: t('overdue'), dataIndex: 'overdue', width: 90, align: 'right' },
  ];
  const save = (format: 'csv' | 'xlsx') =>
    download.mutateAsync({ period, format }).catch((e) => message.error(errorMessage(e, lang)));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" wrap gap={12}>
        <Space>
          <DatePicker
            picker="year"
            allowClear={false}
            aria-label={t('period')}
            value={dayjs(`${year}-01-01`)}
            onChange={(value) => value && onYear(value.year())}
            style={{ width: 120 }}
          />
          <Select
            value={quarter ?? 0}
            onChange={(q) => setQuarter(q || undefined)}
            options={[0, 1, 2, 3, 4].map((q) => ({ value: q, label: q ? t('quarter', { q }) : t('wholeYear') }))}
            style={{ width: 120 }}
          />
        </Space>
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => save('csv')}>
            {t('exportCsv')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => save('xlsx')}>
            {t('exportExcel')}
          </Button>
        </Space>
      </Flex>
      <Row gutter={[16, 16]}>
        {(
          [
            ['received', f?.received],
            ['resolvedCount', f?.resolved],
            ['rate', formatRate(f?.resolutionRate)],
            ['returnedCount', f?.returned],
            ['overdue', f?.overdue],
            ['open', f?.open],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <Card size="small" loading={figures.isLoading}>
              <Statistic
                title={t(key)}
                value={value ?? 0}
                styles={{ content: key === 'overdue' && (f?.overdue ?? 0) > 0 ? { color: '#cf1322' } : undefined }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {f ? (
        <Typography.Text type="secondary">
          {t('byResolution', { w: f.withdrawals ?? 0, s: f.settlements ?? 0, m: f.mediationAgreements ?? 0 })} ·{' '}
          {t('kept', { kept: f.kept ?? 0, limits: f.timeLimits ?? 0 })}
        </Typography.Text>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('byBody')}>
            <Table<CoordinationCount>
              rowKey="code"
              size="small"
              pagination={false}
              columns={columns}
              dataSource={f?.byMediatingBody ?? []}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('byAgency')}>
            <Table<CoordinationCount>
              rowKey="code"
              size="small"
              pagination={{ pageSize: 10, showSizeChanger: false }}
              columns={columns}
              dataSource={f?.byAgency ?? []}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

function Bodies({ canManage }: { canManage: boolean }) {
  const t = useMessages(coordinationMessages);
  const e = useMessages(disputeEnumMessages);
  const bodies = useMediatingBodies(true);
  const [editing, setEditing] = useState<{ body?: MediatingBody }>();
  const columns: TableProps<MediatingBody>['columns'] = [
    { title: t('code'), dataIndex: 'code', width: 180 },
    { title: t('name'), dataIndex: 'name' },
    { title: t('kind'), dataIndex: 'kind', width: 180, render: (k) => e(k) },
    {
      title: t('active'),
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) => (
        <Tag color={active ? 'green' : 'default'}>{active ? t('active') : t('inactive')}</Tag>
      ),
    },
    ...(canManage
      ? [
          {
            title: t('actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, b: MediatingBody) => (
              <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setEditing({ body: b })}>
                {t('edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      {canManage ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('newBody')}
          </Button>
        </Flex>
      ) : null}
      <Table<MediatingBody>
        rowKey="code"
        size="small"
        loading={bodies.isLoading}
        columns={columns}
        dataSource={bodies.data ?? []}
        pagination={false}
      />
      <BodyModal
        key={`${editing?.body?.code ?? 'new'}-${editing ? 'open' : 'closed'}`}
        open={!!editing}
        body={editing?.body}
        onClose={() => setEditing(undefined)}
      />
    </>
  );
}
