import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, DatePicker, Form, Input, Popconfirm, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { AgencySelect } from '@/components/AgencySelect';
import { Code } from '@/components/Code';
import { useAllAgencies } from '@/components/directory-queries';
import { FormModal } from '@/components/FormModal';
import { PageContainer } from '@/components/PageContainer';
import { PagedTable } from '@/components/PagedTable';
import { SecretOnceModal } from '@/components/SecretOnceModal';
import { errorMessage } from '@/lib/api/problem';
import type { Schema } from '@/lib/api/types';
import { formatActor, formatDateTime } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useCreateToken, type TokenCreated } from '../api/create-token';
import { useTokens, type Token } from '../api/get-tokens';
import { useRevokeToken } from '../api/revoke-token';
import { tokenMessages, tokenRoleMessages, tokenStatusMessages } from '../messages';

type Role = Schema<'Role'>;

interface Values {
  name: string;
  role: Role;
  agencyCode?: string;
  court?: string;
  expiresAt: Dayjs;
}

const STATUS_COLORS: Record<string, string> = { ACTIVE: 'success', EXPIRED: 'default', REVOKED: 'error' };

function CreateTokenModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (t: TokenCreated) => void;
}) {
  const t = useMessages(tokenMessages);
  const r = useMessages(tokenRoleMessages);
  const [form] = Form.useForm<Values>();
  const create = useCreateToken();
  const role = Form.useWatch('role', form);

  const submit = async (v: Values) => {
    const created = await create.mutateAsync({
      name: v.name.trim(),
      role: v.role,
      agencyCode: v.role === 'AGENCY' ? v.agencyCode : undefined,
      court: v.role === 'COURT' ? v.court?.trim() : undefined,
      expiresAt: v.expiresAt.endOf('day').format(),
    });
    onCreated(created);
  };

  return (
    <FormModal<Values>
      title={t('create')}
      open={open}
      form={form}
      initialValues={{ role: 'READER', expiresAt: dayjs().add(1, 'year') }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input maxLength={100} placeholder={t('namePlaceholder')} />
      </Form.Item>
      <Form.Item name="role" label={t('role')} rules={[{ required: true, message: t('required') }]}>
        <Select
          options={(Object.keys(tokenRoleMessages) as Role[]).map((value) => ({ value, label: r(value) }))}
          onChange={() => form.setFieldsValue({ agencyCode: undefined, court: undefined })}
        />
      </Form.Item>
      {role === 'AGENCY' ? (
        <Form.Item name="agencyCode" label={t('agency')} rules={[{ required: true, message: t('agencyRequired') }]}>
          <AgencySelect />
        </Form.Item>
      ) : null}
      {role === 'COURT' ? (
        <Form.Item
          name="court"
          label={t('court')}
          extra={t('courtHelp')}
          rules={[{ required: true, whitespace: true, message: t('courtRequired') }]}
        >
          <Input maxLength={200} placeholder={t('courtPlaceholder')} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="expiresAt"
        label={t('expiresAt')}
        rules={[
          { required: true, message: t('required') },
          {
            validator: (_, value: Dayjs | undefined) =>
              value && value.endOf('day').isBefore(dayjs())
                ? Promise.reject(new Error(t('expiresInPast')))
                : Promise.resolve(),
          },
        ]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Form.Item>
    </FormModal>
  );
}

function SecretModal({ created, onClose }: { created?: TokenCreated; onClose: () => void }) {
  const t = useMessages(tokenMessages);
  const secret = created?.secret ?? '';
  return (
    <SecretOnceModal
      secret={created ? secret : undefined}
      title={t('createdTitle')}
      warning={t('createdBody')}
      doneLabel={t('done')}
      copiedLabel={t('copied')}
      onClose={onClose}
    >
      <Typography.Text type="secondary">{t('usage')}</Typography.Text>
      <Typography.Paragraph code>Authorization: Bearer {secret.slice(0, 8)}…</Typography.Paragraph>
    </SecretOnceModal>
  );
}

/** API令牌 for machines: created with a role, an optional agency and an expiry; the secret is shown once. */
export function TokensPage() {
  const t = useMessages(tokenMessages);
  const r = useMessages(tokenRoleMessages);
  const s = useMessages(tokenStatusMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const { filters, page, size, setFilters, paging } = useUrlFilters(['all'] as const);
  const includeInactive = filters.all === 'true';
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<TokenCreated>();
  const query = useTokens({ includeInactive, page: page - 1, size });
  const revoke = useRevokeToken();
  const agencyNames = new Map((useAllAgencies().data ?? []).map((a) => [a.code, a.name]));

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
          <Checkbox
            checked={includeInactive}
            onChange={(e) => setFilters({ all: e.target.checked ? 'true' : undefined })}
          >
            {t('includeInactive')}
          </Checkbox>
        }
      >
        <PagedTable<Token>
          rowKey="id"
          scroll={{ x: 1000 }}
          columns={[
            { title: t('name'), dataIndex: 'name' },
            { title: t('role'), dataIndex: 'role', width: 170, render: (role: Role) => r(role) },
            {
              title: t('agency'),
              dataIndex: 'agencyCode',
              width: 160,
              render: (code?: string) => (code ? (agencyNames.get(code) ?? code) : '—'),
            },
            { title: t('court'), dataIndex: 'court', width: 180, render: (court?: string) => court ?? '—' },
            {
              title: t('hint'),
              dataIndex: 'hint',
              width: 170,
              render: (hint?: string) => (
                <Typography.Text code translate="no">
                  {hint?.endsWith('…') ? hint : `${hint ?? ''}…`}
                </Typography.Text>
              ),
            },
            {
              title: t('expiresAt'),
              dataIndex: 'expiresAt',
              width: 150,
              render: (at?: string) => (at ? formatDateTime(at) : t('noExpiry')),
            },
            {
              title: t('lastUsedAt'),
              dataIndex: 'lastUsedAt',
              width: 150,
              render: (at?: string) => (at ? formatDateTime(at) : t('never')),
            },
            {
              title: t('createdBy'),
              dataIndex: 'createdBy',
              width: 110,
              render: (actor?: string) => <Code>{formatActor(actor, lang)}</Code>,
            },
            {
              title: t('status'),
              dataIndex: 'status',
              width: 90,
              render: (status: string) => (
                <Tag color={STATUS_COLORS[status]}>{s(status as keyof typeof tokenStatusMessages)}</Tag>
              ),
            },
            {
              title: c('actions'),
              key: 'actions',
              width: 90,
              render: (_, token) =>
                token.status === 'ACTIVE' ? (
                  <Popconfirm
                    title={t('revokeTitle', { name: token.name ?? '' })}
                    description={t('revokeBody')}
                    okText={t('revoke')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() =>
                      revoke.mutateAsync(token.id!).then(
                        () => message.success(t('revoked')),
                        (e) => message.error(errorMessage(e, lang)),
                      )
                    }
                  >
                    <Button size="small" danger icon={<StopOutlined />}>
                      {t('revoke')}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
          query={query}
          paging={paging}
          empty={t('empty')}
        />
      </Card>
      <CreateTokenModal open={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <SecretModal created={created} onClose={() => setCreated(undefined)} />
    </PageContainer>
  );
}
