import { CalendarOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Popconfirm, Radio, Table, Tag } from 'antd';
import { useState } from 'react';
import { AgencySelect } from '@/components/AgencySelect';
import { useAgencyName } from '@/components/directory-queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormModal } from '@/components/FormModal';
import { OfficialSelect } from '@/components/OfficialSelect';
import { PageContainer } from '@/components/PageContainer';
import { SecretOnceModal } from '@/components/SecretOnceModal';
import { errorMessage } from '@/lib/api/problem';
import { formatDateTime } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useCreateSubscription } from '../api/create-subscription';
import { useSubscriptions, type CalendarSubscription } from '../api/get-subscriptions';
import { useRevokeSubscription } from '../api/revoke-subscription';
import { calendarMessages } from '../messages';
import { feedUrl } from './feed-url';

interface Values {
  name: string;
  scope: 'agency' | 'official';
  agencyCode: string;
  officialCode?: string;
}

const HEAD_ROLES = ['PRINCIPAL', 'DEPUTY', 'OTHER_LEADER'] as const;

function CreateSubscriptionModal({
  open,
  defaultAgencyCode,
  onClose,
  onCreated,
}: {
  open: boolean;
  defaultAgencyCode?: string;
  onClose: () => void;
  onCreated: (subscription: CalendarSubscription) => void;
}) {
  const t = useMessages(calendarMessages);
  const [form] = Form.useForm<Values>();
  const create = useCreateSubscription();
  const scope = Form.useWatch('scope', form);
  const agencyCode = Form.useWatch('agencyCode', form);

  const submit = async (v: Values) => {
    const created = await create.mutateAsync({
      name: v.name.trim(),
      agencyCode: v.scope === 'agency' ? v.agencyCode : undefined,
      officialCode: v.scope === 'official' ? v.officialCode : undefined,
    });
    onCreated(created);
  };

  return (
    <FormModal<Values>
      title={t('create')}
      open={open}
      form={form}
      initialValues={{ scope: 'agency', agencyCode: defaultAgencyCode }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input maxLength={100} placeholder={t('namePlaceholder')} />
      </Form.Item>
      <Form.Item name="scope" label={t('scope')}>
        <Radio.Group
          options={[
            { value: 'agency', label: t('scopeAgency') },
            { value: 'official', label: t('scopeOfficial') },
          ]}
        />
      </Form.Item>
      <Form.Item name="agencyCode" label={t('agency')} rules={[{ required: true, message: t('required') }]}>
        <AgencySelect onChange={() => form.setFieldValue('officialCode', undefined)} />
      </Form.Item>
      {scope === 'official' ? (
        <Form.Item name="officialCode" label={t('official')} rules={[{ required: true, message: t('required') }]}>
          <OfficialSelect agencyCode={agencyCode} roles={[...HEAD_ROLES]} />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}

/** The secret address, once: the server keeps only its hash. */
function FeedAddressModal({ subscription, onClose }: { subscription?: CalendarSubscription; onClose: () => void }) {
  const t = useMessages(calendarMessages);
  return (
    <SecretOnceModal
      secret={subscription?.feedPath ? feedUrl(subscription.feedPath) : undefined}
      title={t('createdTitle')}
      warning={t('createdBody')}
      doneLabel={t('done')}
      copiedLabel={t('copied')}
      onClose={onClose}
    />
  );
}

/** 日历订阅: iCalendar feeds of an agency's or a head's hearings at a secret address, revocable. */
export function CalendarPage({ defaultAgencyCode }: { defaultAgencyCode?: string }) {
  const t = useMessages(calendarMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const { filters, setFilters } = useUrlFilters(['agencyCode'] as const);
  const agencyCode = filters.agencyCode;
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CalendarSubscription>();
  const agencyName = useAgencyName();
  const query = useSubscriptions(agencyCode);
  const revoke = useRevokeSubscription();

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('create')}
        </Button>
      }
    >
      <Card
        extra={
          <AgencySelect
            placeholder={t('agencyPlaceholder')}
            value={filters.agencyCode}
            onChange={(code) => setFilters({ agencyCode: code })}
            style={{ width: 260 }}
          />
        }
        title={
          <span>
            <CalendarOutlined /> {t('listTitle')}
          </span>
        }
      >
        {query.isError ? (
          <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
        ) : (
          <Table<CalendarSubscription>
            rowKey="id"
            size="middle"
            loading={query.isLoading}
            dataSource={query.data}
            pagination={false}
            locale={{ emptyText: query.isLoading ? c('loading') : <Empty description={t('empty')} /> }}
            columns={[
              { title: t('name'), dataIndex: 'name' },
              { title: t('agency'), dataIndex: 'agencyCode', width: 240, render: (code?: string) => agencyName(code) },
              { title: t('official'), dataIndex: 'officialCode', width: 160, render: (code?: string) => code ?? '—' },
              { title: t('createdAt'), dataIndex: 'createdAt', width: 170, render: formatDateTime },
              {
                title: t('status'),
                key: 'status',
                width: 200,
                render: (_, s) =>
                  s.revokedAt ? (
                    <Tag>{t('revoked', { at: formatDateTime(s.revokedAt) })}</Tag>
                  ) : (
                    <Tag color="success">{t('active')}</Tag>
                  ),
              },
              {
                title: c('actions'),
                key: 'actions',
                width: 100,
                render: (_, s) =>
                  s.revokedAt ? null : (
                    <Popconfirm
                      title={t('revokeTitle', { name: s.name ?? '' })}
                      description={t('revokeBody')}
                      okText={t('revoke')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() =>
                        revoke.mutateAsync(s.id!).then(
                          () => message.success(t('revokedDone')),
                          (e) => message.error(errorMessage(e, lang)),
                        )
                      }
                    >
                      <Button size="small" danger icon={<StopOutlined />}>
                        {t('revoke')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <CreateSubscriptionModal
        open={creating}
        defaultAgencyCode={filters.agencyCode ?? defaultAgencyCode}
        onClose={() => setCreating(false)}
        onCreated={(subscription) => setCreated(subscription)}
      />
      <FeedAddressModal subscription={created} onClose={() => setCreated(undefined)} />
    </PageContainer>
  );
}
