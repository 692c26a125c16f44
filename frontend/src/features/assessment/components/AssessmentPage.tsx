import { EditOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormModal } from '@/components/FormModal';
import { LoadingBlock } from '@/components/LoadingBlock';
import { PageContainer } from '@/components/PageContainer';
import { errorMessage } from '@/lib/api/problem';
import type { ExportFormat } from '@/lib/download';
import { formatDate, formatDateTime, recentYears } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import {
  useAssessmentPoints,
  useAssessmentPointsChanges,
  useSetAssessmentPoints,
  type AssessmentPoints,
  type AssessmentPointsChange,
} from '../api/assessment-points';
import { useDownloadAssessment } from '../api/download-assessment';
import { useAssessment, type AgencyAssessment, type AssessmentCause } from '../api/get-assessment';
import { assessmentMessages } from '../messages';
import { pointsEffect, pointsProblem } from './points-setting';

function PointsModal({
  points,
  unjustifiedAbsences,
  onClose,
}: {
  points?: AssessmentPoints;
  unjustifiedAbsences: number;
  onClose: () => void;
}) {
  const t = useMessages(assessmentMessages);
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ points: number }>();
  const save = useSetAssessmentPoints();
  const year = points?.year ?? 0;

  const confirm = ({ points: next }: { points: number }) => {
    const effect = pointsEffect(unjustifiedAbsences, points?.points ?? 0, next);
    if (points?.setByBureau && effect.before === effect.after) {
      message.info(t('unchanged'));
      return Promise.resolve(false);
    }
    const asked = modal.confirm({
      title: t('confirmTitle', { year }),
      content: (
        <>
          <Typography.Paragraph>{t('confirmEach', { year, ...effect })}</Typography.Paragraph>
          <Typography.Paragraph strong style={{ marginBottom: 0 }}>
            {unjustifiedAbsences > 0
              ? t('confirmTotal', { year, count: unjustifiedAbsences, ...effect })
              : t('confirmNone', { year })}
          </Typography.Paragraph>
        </>
      ),
      okText: t('confirmOk'),
    });
    return new Promise<boolean>((resolve) => void asked.then(resolve, () => resolve(false)));
  };

  const submit = async (v: { points: number }) => {
    await save.mutateAsync({ year, version: points!.version ?? 0, points: v.points });
    message.success(t('pointsSaved', { year }));
  };

  return (
    <FormModal<{ points: number }>
      title={t('pointsTitle', { year: points?.year ?? '' })}
      open={!!points}
      form={form}
      initialValues={{ points: points?.points }}
      confirm={confirm}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="points"
        label={t('points')}
        extra={t('pointsHelp')}
        rules={[
          {
            validator: (_, value: number | null | undefined) => {
              const problem = pointsProblem(value);
              return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
            },
          },
        ]}
      >
        {/* No min or max: an out-of-range value is refused with a message, never silently brought into range. */}
        <InputNumber step={1} style={{ width: 160 }} />
      </Form.Item>
    </FormModal>
  );
}

function PointsChanges({ year }: { year: number }) {
  const t = useMessages(assessmentMessages);
  const changes = useAssessmentPointsChanges(year, true);
  const value = (points: number | undefined, byBureau = true) =>
    t('pointsValue', { points: points ?? 0 }) + (byBureau ? '' : t('defaultSuffix'));
  const columns: TableProps<AssessmentPointsChange>['columns'] = [
    { title: t('changedAt'), dataIndex: 'changedAt', width: 180, render: (v: string) => formatDateTime(v) },
    { title: t('changedBy'), dataIndex: 'changedByName', render: (v?: string | null) => v ?? t('system') },
    {
      title: t('oldPoints'),
      dataIndex: 'oldPoints',
      width: 140,
      align: 'right',
      render: (v: number, change) => value(v, change.oldSetByBureau),
    },
    { title: t('newPoints'), dataIndex: 'newPoints', width: 140, align: 'right', render: (v: number) => value(v) },
  ];
  return (
    <Card title={t('changesTitle')} size="small">
      {changes.isError ? (
        <ErrorAlert error={changes.error} onRetry={() => changes.refetch()} />
      ) : (
        <Table<AssessmentPointsChange>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={changes.data}
          loading={changes.isLoading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('noChanges', { year }) }}
        />
      )}
    </Card>
  );
}

/** 考核: each agency's points lost in a year, every deduction traced to its case and hearings; exportable. */
export function AssessmentPage({ canSetPoints = true }: { canSetPoints?: boolean }) {
  const t = useMessages(assessmentMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLanguage();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const { filters, setFilters } = useUrlFilters(['year', 'all'] as const);
  const years = recentYears();
  const year = years.includes(Number(filters.year)) ? Number(filters.year) : years[0];
  const onlyDeducted = filters.all !== 'true';
  const query = useAssessment(year);
  const points = useAssessmentPoints(year);
  const download = useDownloadAssessment();
  const [exporting, setExporting] = useState<ExportFormat>();
  const [editingPoints, setEditingPoints] = useState<AssessmentPoints>();

  const exportAs = (format: ExportFormat) => {
    setExporting(format);
    download
      .mutateAsync({ year, format })
      .then((file) => message.success(t('exported', { file })))
      .catch((error: unknown) => message.error(errorMessage(error, lang)))
      .finally(() => setExporting(undefined));
  };

  const assessment = query.data;
  const agencies = (assessment?.agencies ?? []).filter((a) => !onlyDeducted || (a.unjustifiedAbsences ?? 0) > 0);
  const deducted = (assessment?.agencies ?? []).filter((a) => (a.unjustifiedAbsences ?? 0) > 0).length;

  const causeColumns: TableProps<AssessmentCause>['columns'] = [
    {
      title: t('caseNumber'),
      dataIndex: 'caseNumber',
      width: 240,
      render: (caseNumber: string, cause) => <Link to={`/cases/${cause.caseId}`}>{caseNumber}</Link>,
    },
    { title: t('court'), dataIndex: 'court', width: 200 },
    { title: t('causeOfAction'), dataIndex: 'causeOfAction', width: 140, render: (v?: string) => v ?? '—' },
    {
      title: t('hearings'),
      dataIndex: 'hearings',
      width: 200,
      render: (hearings: AssessmentCause['hearings']) =>
        (hearings ?? []).map((h) => formatDate(h.scheduledAt)).join('、'),
    },
    {
      title: t('mandatory'),
      dataIndex: 'mandatory',
      width: 110,
      render: (mandatory: boolean) => (mandatory ? <Tag color="error">{c('yes')}</Tag> : c('no')),
    },
    { title: t('deduction'), dataIndex: 'points', width: 80, align: 'right' },
  ];

  const columns: TableProps<AgencyAssessment>['columns'] = [
    { title: t('agency'), dataIndex: 'agencyName', ellipsis: { showTitle: true } },
    {
      title: t('kind'),
      dataIndex: 'agencyKind',
      width: 130,
      render: (kind: string) => label('AgencyKind', kind),
    },
    {
      title: t('count'),
      dataIndex: 'unjustifiedAbsences',
      width: 190,
      align: 'right',
      sorter: (a, b) => (a.unjustifiedAbsences ?? 0) - (b.unjustifiedAbsences ?? 0),
    },
    {
      title: t('deduction'),
      dataIndex: 'deduction',
      width: 110,
      align: 'right',
      defaultSortOrder: 'descend',
      sorter: (a, b) => (a.deduction ?? 0) - (b.deduction ?? 0),
      render: (value: number) => <Typography.Text type={value ? 'danger' : undefined}>{value ?? 0}</Typography.Text>,
    },
  ];

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        <Space wrap>
          <Button icon={<FileTextOutlined />} loading={exporting === 'csv'} onClick={() => exportAs('csv')}>
            {t('exportCsv')}
          </Button>
          <Button icon={<FileExcelOutlined />} loading={exporting === 'xlsx'} onClick={() => exportAs('xlsx')}>
            {t('exportExcel')}
          </Button>
        </Space>
      }
    >
      <Card>
        <Flex gap={16} wrap align="center">
          <Select
            aria-label={t('year')}
            value={year}
            options={years.map((y) => ({ value: y, label: t('yearOption', { year: y }) }))}
            onChange={(value) => setFilters({ year: value })}
            style={{ width: 120 }}
          />
          <Checkbox checked={onlyDeducted} onChange={(e) => setFilters({ all: e.target.checked ? undefined : 'true' })}>
            {t('onlyDeducted')}
          </Checkbox>
          {points.data ? (
            <Space size={4}>
              <Typography.Text>{t('pointsEach', { points: points.data.points ?? 0 })}</Typography.Text>
              <Typography.Text type="secondary">
                {points.data.setByBureau ? t('pointsBureau') : t('pointsDefault')}
              </Typography.Text>
              {canSetPoints ? (
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditingPoints(points.data)}>
                  {t('editPoints')}
                </Button>
              ) : null}
            </Space>
          ) : null}
        </Flex>
      </Card>
      {query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
      ) : !assessment ? (
        <LoadingBlock />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic title={t('agenciesDeducted')} value={deducted} />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic title={t('unjustified')} value={assessment.unjustifiedAbsences ?? 0} />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic
                  title={t('totalDeduction')}
                  value={assessment.totalDeduction ?? 0}
                  styles={{ content: { color: assessment.totalDeduction ? '#cf1322' : undefined } }}
                />
              </Card>
            </Col>
          </Row>
          <Card>
            <Table<AgencyAssessment>
              rowKey="agencyCode"
              size="middle"
              columns={columns}
              dataSource={agencies}
              loading={query.isPlaceholderData}
              pagination={false}
              expandable={{
                rowExpandable: (a) => (a.causes ?? []).length > 0,
                expandedRowRender: (a) => (
                  <Table<AssessmentCause>
                    rowKey="caseId"
                    size="small"
                    columns={causeColumns}
                    dataSource={a.causes}
                    pagination={false}
                    title={() => <Typography.Text strong>{t('causes')}</Typography.Text>}
                    locale={{ emptyText: t('noCauses') }}
                  />
                ),
              }}
              locale={{ emptyText: <Empty description={t('empty')} /> }}
            />
          </Card>
        </>
      )}
      {canSetPoints ? <PointsChanges year={year} /> : null}
      <PointsModal
        key={`p-${editingPoints?.year}`}
        points={editingPoints}
        unjustifiedAbsences={assessment?.unjustifiedAbsences ?? 0}
        onClose={() => setEditingPoints(undefined)}
      />
    </PageContainer>
  );
}
