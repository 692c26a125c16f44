import { Alert, App, Card, DatePicker, Empty, Flex, Form, Input, InputNumber, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { AgencySelect } from '@/components/AgencySelect';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LoadingBlock } from '@/components/LoadingBlock';
import { PageContainer } from '@/components/PageContainer';
import { PageForm } from '@/components/PageForm';
import { formatDateTime, shanghaiToday } from '@/lib/format';
import { useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useDraft, type MonthlyFigures, type MonthlyReportDraft } from '../api/get-draft';
import { useReports, type MonthlyReport } from '../api/get-reports';
import { useSubmitReport } from '../api/submit-report';
import { figureMessages, reportMessages } from '../messages';
import { differingFigures, FIGURES, formatMonth, PART_OF, parseMonth } from './figures';

interface ReportValues {
  figures: MonthlyFigures;
  comment?: string;
}

function ReportForm({ draft, onSubmitted }: { draft: MonthlyReportDraft; onSubmitted: () => void }) {
  const t = useMessages(reportMessages);
  const f = useMessages(figureMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const submit = useSubmitReport();
  const declared = Form.useWatch('figures', form);
  const differing = differingFigures(declared, draft.figures);
  const latest = draft.latestRevision;

  // A different month or agency is a different form: start again from the system's figures.
  useEffect(() => {
    form.resetFields();
  }, [draft, form]);

  const send = async (values: ReportValues) => {
    const saved = await submit.mutateAsync({
      agencyCode: draft.agencyCode!,
      year: draft.year!,
      month: draft.month!,
      figures: values.figures,
      comment: values.comment?.trim() || undefined,
    });
    message.success(t('submitted', { revision: saved.revision ?? '' }));
  };

  return (
    <PageForm<ReportValues>
      title={t('formTitle', {
        agency: draft.agencyName ?? draft.agencyCode ?? '',
        year: draft.year ?? '',
        month: draft.month ?? '',
      })}
      form={form}
      initialValues={{ figures: draft.figures, comment: undefined }}
      onSubmit={send}
      onDone={onSubmitted}
      onCancel={() => form.resetFields()}
      submitText={t('submit')}
      aboveForm={
        <>
          <Alert type="info" showIcon title={t('prefilled')} />
          {latest ? (
            <Alert type="warning" showIcon title={t('alreadySubmitted', { revision: latest, next: latest + 1 })} />
          ) : null}
        </>
      }
    >
      <Flex wrap gap={16}>
        {FIGURES.map((figure) => {
          const whole = PART_OF[figure];
          const system = draft.figures?.[figure] ?? 0;
          const differs = differing.includes(figure);
          return (
            <Form.Item
              key={figure}
              name={['figures', figure]}
              label={f(figure)}
              style={{ width: 210 }}
              dependencies={whole ? [['figures', whole]] : undefined}
              extra={
                <Typography.Text type={differs ? 'warning' : 'secondary'}>
                  {t('systemValue', { value: system })}
                  {differs ? ` · ${t('differs')}` : ''}
                </Typography.Text>
              }
              rules={[
                { required: true, message: '必填' },
                ({ getFieldValue }) => ({
                  validator: (_, value: number | null) => {
                    if (!whole || value == null) return Promise.resolve();
                    const total = getFieldValue(['figures', whole]) as number | null;
                    return total != null && value > total
                      ? Promise.reject(new Error(t('notMoreThan', { other: f(whole) })))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          );
        })}
      </Flex>
      <Form.Item
        name="comment"
        label={t('comment')}
        dependencies={FIGURES.map((figure) => ['figures', figure])}
        rules={[
          {
            validator: (_, value: string | undefined) =>
              differing.length > 0 && !value?.trim()
                ? Promise.reject(new Error(t('commentRequired')))
                : Promise.resolve(),
          },
        ]}
        required={differing.length > 0}
      >
        <Input.TextArea rows={3} maxLength={4000} showCount placeholder={t('commentPlaceholder')} />
      </Form.Item>
    </PageForm>
  );
}

function Revisions({ reports, loading }: { reports: MonthlyReport[] | undefined; loading: boolean }) {
  const t = useMessages(reportMessages);
  const f = useMessages(figureMessages);
  return (
    <Card title={t('revisions')}>
      <Table<MonthlyReport>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={reports}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={t('noRevisions')} /> }}
        columns={[
          {
            title: t('revision'),
            dataIndex: 'revision',
            width: 90,
            render: (revision: number, _r, index) => (
              <Flex gap={4}>
                {`#${revision}`}
                {index === 0 ? <Tag color="blue">{t('latest')}</Tag> : null}
              </Flex>
            ),
          },
          { title: t('submittedAt'), dataIndex: 'submittedAt', width: 150, render: formatDateTime },
          ...FIGURES.map((figure) => ({
            title: f(figure),
            key: figure,
            width: 96,
            align: 'right' as const,
            render: (_: unknown, r: MonthlyReport) => r.figures?.[figure],
          })),
          { title: t('comment'), dataIndex: 'comment', render: (comment?: string) => comment ?? '—' },
        ]}
      />
    </Card>
  );
}

/** 月报: an agency declares its month, starting from the system's count; every submission is a new revision. */
export function MonthlyReportPage({ defaultAgencyCode }: { defaultAgencyCode?: string }) {
  const t = useMessages(reportMessages);
  const { filters, setFilters } = useUrlFilters(['agencyCode', 'month'] as const);
  const agencyCode = filters.agencyCode ?? defaultAgencyCode;
  const { year, month } = parseMonth(filters.month, shanghaiToday());
  const draft = useDraft({ agencyCode, year, month });
  const reports = useReports({ agencyCode, year, month });

  return (
    <PageContainer title={t('title')} subTitle={t('subtitle')}>
      <Card>
        <Flex gap={16} wrap align="center">
          <Flex gap={8} align="center">
            <Typography.Text>{t('agency')}</Typography.Text>
            <AgencySelect
              placeholder={t('chooseAgency')}
              value={agencyCode}
              onChange={(code) => setFilters({ agencyCode: code })}
              allowClear={false}
              style={{ width: 300 }}
            />
          </Flex>
          <Flex gap={8} align="center">
            <Typography.Text>{t('month')}</Typography.Text>
            <DatePicker
              picker="month"
              allowClear={false}
              value={dayjs(`${formatMonth(year, month)}-01`)}
              onChange={(value) => value && setFilters({ month: value.format('YYYY-MM') })}
              aria-label={t('month')}
            />
          </Flex>
        </Flex>
      </Card>
      {!agencyCode ? (
        <Card>
          <Empty description={t('chooseAgency')} />
        </Card>
      ) : draft.isLoading ? (
        <LoadingBlock />
      ) : draft.isError ? (
        <ErrorAlert error={draft.error} onRetry={() => draft.refetch()} />
      ) : (
        <ReportForm draft={draft.data!} onSubmitted={() => draft.refetch()} />
      )}
      {agencyCode ? <Revisions reports={reports.data} loading={reports.isLoading} /> : null}
    </PageContainer>
  );
}
