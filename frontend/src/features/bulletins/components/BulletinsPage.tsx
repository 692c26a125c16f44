import {
  App,
  Alert,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormModal } from '@/components/FormModal';
import { LoadingBlock } from '@/components/LoadingBlock';
import { PageContainer } from '@/components/PageContainer';
import { errorMessage } from '@/lib/api/problem';
import { shanghaiToday } from '@/lib/format';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useBulletins, type BulletinSummary } from '../api/get-bulletins';
import { usePreviewBulletin } from '../api/preview-bulletin';
import { usePublishBulletin } from '../api/publish-bulletin';
import { bulletinMessages } from '../messages';
import { BulletinDocument } from './BulletinDocument';
import { formatQuarter, hasEnded, lastEndedQuarter, parseQuarter, quarterNumeral, type Quarter } from './quarter';

function useQuarterName() {
  const t = useMessages(bulletinMessages);
  const { lang } = useLanguage();
  return ({ year, quarter }: Quarter) =>
    t('quarterName', { year, quarter: lang === 'zh' ? quarterNumeral(quarter) : quarter });
}

/** The bureau previews a quarter, publishes it, or corrects the bulletin in force. */
function PublishCard() {
  const t = useMessages(bulletinMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const quarterName = useQuarterName();
  const today = shanghaiToday();
  const { filters, setFilters } = useUrlFilters(['quarter'] as const);
  const chosen = parseQuarter(filters.quarter) ?? lastEndedQuarter(today);
  const preview = usePreviewBulletin(chosen);
  const publish = usePublishBulletin();
  const [correcting, setCorrecting] = useState(false);
  const [form] = Form.useForm<{ correctionReason: string }>();
  const current = preview.data?.current ?? undefined;
  const ended = hasEnded(chosen, today);

  const published = (number: string | undefined, id: number | undefined) => {
    message.success(t('published', { number: number ?? '' }));
    if (id) navigate(`/bulletins/${id}`);
  };

  const publishNow = () =>
    publish
      .mutateAsync({ year: chosen.year, quarter: chosen.quarter })
      .then((b) => published(b.summary?.number, b.summary?.id))
      .catch((error: unknown) => message.error(errorMessage(error, lang)));

  return (
    <Card
      title={t('publishCard')}
      extra={
        <DatePicker
          picker="quarter"
          allowClear={false}
          value={dayjs(`${chosen.year}-${String((chosen.quarter - 1) * 3 + 1).padStart(2, '0')}-01`)}
          format={() => quarterName(chosen)}
          disabledDate={(d) => d.format('YYYY-MM-DD') > today}
          onChange={(value) =>
            value &&
            setFilters({ quarter: formatQuarter({ year: value.year(), quarter: Math.floor(value.month() / 3) + 1 }) })
          }
          aria-label={t('quarter')}
          style={{ width: 170 }}
        />
      }
    >
      <Flex vertical gap={16}>
        {preview.isLoading ? (
          <LoadingBlock rows={12} />
        ) : preview.isError ? (
          <ErrorAlert error={preview.error} onRetry={() => preview.refetch()} />
        ) : preview.data?.content ? (
          <>
            {current ? (
              <Alert
                type="warning"
                showIcon
                title={t('alreadyPublished', { number: current.number ?? '', date: current.publishedOn ?? '' })}
                action={
                  <Flex gap={8}>
                    <Button size="small" onClick={() => navigate(`/bulletins/${current.id}`)}>
                      {t('view')}
                    </Button>
                    <Button size="small" danger onClick={() => setCorrecting(true)}>
                      {t('publishCorrection')}
                    </Button>
                  </Flex>
                }
              />
            ) : (
              <Alert
                type={ended ? 'info' : 'warning'}
                showIcon
                title={ended ? t('previewNote') : t('notEnded')}
                action={
                  <Popconfirm
                    title={t('publishConfirm', { quarter: quarterName(chosen) })}
                    description={<div style={{ maxWidth: 320 }}>{t('publishConfirmBody')}</div>}
                    onConfirm={publishNow}
                    disabled={!ended}
                  >
                    <Button type="primary" disabled={!ended} loading={publish.isPending}>
                      {t('publish')}
                    </Button>
                  </Popconfirm>
                }
              />
            )}
            <BulletinDocument content={preview.data.content} />
          </>
        ) : null}
      </Flex>
      {current ? (
        <FormModal<{ correctionReason: string }>
          title={t('correctionTitle', { number: current.number ?? '' })}
          open={correcting}
          form={form}
          okText={t('publish')}
          onClose={() => setCorrecting(false)}
          onSubmit={async ({ correctionReason }) => {
            const b = await publish.mutateAsync({
              year: chosen.year,
              quarter: chosen.quarter,
              supersedes: current.id,
              correctionReason: correctionReason.trim(),
            });
            published(b.summary?.number, b.summary?.id);
          }}
        >
          <Form.Item
            name="correctionReason"
            label={t('correctionReason')}
            rules={[{ required: true, whitespace: true, message: t('correctionReasonRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('correctionPlaceholder')} />
          </Form.Item>
        </FormModal>
      ) : null}
    </Card>
  );
}

function PublishedList() {
  const t = useMessages(bulletinMessages);
  const quarterName = useQuarterName();
  const query = useBulletins();
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => query.refetch()} />;
  return (
    <Card title={t('list')}>
      <Table<BulletinSummary>
        rowKey="id"
        size="small"
        loading={query.isLoading}
        dataSource={query.data}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noneYet')} /> }}
        columns={[
          {
            title: t('number'),
            dataIndex: 'number',
            width: 230,
            render: (number: string, b) => <Link to={`/bulletins/${b.id}`}>{number}</Link>,
          },
          {
            title: t('quarter'),
            key: 'quarter',
            width: 140,
            render: (_, b) => quarterName({ year: b.year ?? 0, quarter: b.quarter ?? 0 }),
          },
          { title: t('documentTitle'), dataIndex: 'title', ellipsis: true },
          { title: t('publishedOn'), dataIndex: 'publishedOn', width: 110 },
          { title: t('publishedBy'), dataIndex: 'publishedBy', width: 120 },
          {
            title: t('status'),
            key: 'status',
            width: 220,
            render: (_, b) => (
              <Flex gap={4} wrap>
                {b.supersededById ? (
                  <Tag>{t('supersededBy', { number: b.supersededByNumber ?? '' })}</Tag>
                ) : (
                  <Tag color="green">{t('inForce')}</Tag>
                )}
                {b.supersedesId ? <Tag color="orange">{t('correctionOf')}</Tag> : null}
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** 季度通报: the published bulletins, and for the bureau the quarter's preview with 发布. */
export function BulletinsPage({ canPublish }: { canPublish: boolean }) {
  const t = useMessages(bulletinMessages);
  return (
    <PageContainer title={t('title')} subTitle={<Typography.Text type="secondary">{t('subtitle')}</Typography.Text>}>
      <PublishedList />
      {canPublish ? <PublishCard /> : null}
    </PageContainer>
  );
}
