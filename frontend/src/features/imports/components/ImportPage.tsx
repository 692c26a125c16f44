import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Result, Table, Typography, Upload, type TableProps } from 'antd';
import { useState } from 'react';
import { PageContainer } from '@/components/PageContainer';
import { describeError, errorMessage, type FieldError } from '@/lib/api/problem';
import { formatSize } from '@/lib/format';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useDownloadTemplate } from '../api/download-template';
import { useImportLedger, type LedgerImportResult, type LedgerUpload } from '../api/import-ledger';
import { importMessages } from '../messages';
import { readLedger } from './read-ledger';

const COLLECTIONS = [
  'agencies',
  'officials',
  'cases',
  'hearings',
  'notices',
  'appearances',
  'delegations',
  'outcomes',
] as const satisfies readonly (keyof LedgerImportResult)[];

type Outcome =
  | { kind: 'done'; result: LedgerImportResult }
  | { kind: 'failed'; title: string; detail?: string; errors: FieldError[] };

export function ImportPage() {
  const t = useMessages(importMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLanguage();
  const { message, modal } = App.useApp();
  const [file, setFile] = useState<File>();
  const [outcome, setOutcome] = useState<Outcome>();
  const importLedger = useImportLedger();
  const template = useDownloadTemplate();

  const run = async (chosen: File) => {
    let upload: LedgerUpload;
    try {
      upload = await readLedger(chosen);
    } catch (error) {
      setOutcome({
        kind: 'failed',
        title: t('failed'),
        detail: t('notJson', { reason: error instanceof Error ? error.message : String(error) }),
        errors: [],
      });
      return;
    }
    try {
      const result = await importLedger.mutateAsync(upload);
      setOutcome({ kind: 'done', result });
    } catch (error) {
      const { title, detail, fieldErrors } = describeError(error, lang);
      setOutcome({ kind: 'failed', title: `${t('failed')}：${title}`, detail, errors: fieldErrors });
    }
  };

  const confirmAndRun = () => {
    if (!file) return;
    modal.confirm({
      title: t('confirmTitle', { name: file.name }),
      content: t('confirmBody'),
      okText: t('import'),
      cancelText: c('cancel'),
      onOk: () => run(file),
    });
  };

  const countColumns: TableProps<{ key: string; created?: number; updated?: number; unchanged?: number }>['columns'] = [
    { title: t('collection'), dataIndex: 'key', render: (key: (typeof COLLECTIONS)[number]) => t(key) },
    { title: t('created'), dataIndex: 'created', align: 'right', render: (n?: number) => n ?? 0 },
    { title: t('updated'), dataIndex: 'updated', align: 'right', render: (n?: number) => n ?? 0 },
    { title: t('unchanged'), dataIndex: 'unchanged', align: 'right', render: (n?: number) => n ?? 0 },
  ];
  const errorColumns: TableProps<FieldError>['columns'] = [
    {
      title: t('where'),
      dataIndex: 'field',
      width: 460,
      render: (field: string) => (
        <Typography.Text code style={{ wordBreak: 'break-all' }}>
          {field}
        </Typography.Text>
      ),
    },
    { title: t('problem'), dataIndex: 'message' },
  ];

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={template.isPending}
          onClick={() => template.mutateAsync().catch((error: unknown) => message.error(errorMessage(error, lang)))}
        >
          {t('template')}
        </Button>
      }
    >
      <Card>
        <Flex vertical gap={16}>
          <Alert type="info" showIcon title={t('rules')} />
          <Upload.Dragger
            accept=".xlsx,.json,application/json"
            multiple={false}
            showUploadList={false}
            beforeUpload={(chosen) => {
              if (!/\.(xlsx|json)$/i.test(chosen.name)) {
                message.error(t('wrongType'));
              } else {
                setFile(chosen);
                setOutcome(undefined);
              }
              // Nothing uploads on choosing; the import is an explicit, confirmed step.
              return Upload.LIST_IGNORE;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('drop')}</p>
            <p className="ant-upload-hint">{t('dropHint')}</p>
          </Upload.Dragger>
          <Flex gap={12} align="center" wrap>
            <Button
              type="primary"
              icon={<UploadOutlined />}
              disabled={!file}
              loading={importLedger.isPending}
              onClick={confirmAndRun}
            >
              {t('import')}
            </Button>
            {file ? (
              <Typography.Text>{t('chosen', { name: file.name, size: formatSize(file.size) })}</Typography.Text>
            ) : null}
          </Flex>
        </Flex>
      </Card>
      {outcome?.kind === 'done' ? (
        <Card>
          <Result status="success" title={t('succeeded')} style={{ paddingBlock: 16 }} />
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            columns={countColumns}
            dataSource={COLLECTIONS.map((key) => ({ key, ...outcome.result[key] }))}
          />
        </Card>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <Card>
          <Flex vertical gap={16}>
            <Alert
              type="error"
              showIcon
              title={outcome.title}
              description={
                outcome.errors.length
                  ? t('errorsCount', { count: outcome.errors.length })
                  : (outcome.detail ?? undefined)
              }
            />
            {outcome.errors.length ? (
              <Table<FieldError>
                rowKey={(e) => `${e.field}|${e.message}`}
                size="small"
                columns={errorColumns}
                dataSource={outcome.errors}
                pagination={outcome.errors.length > 20 ? { pageSize: 20 } : false}
              />
            ) : null}
          </Flex>
        </Card>
      ) : null}
    </PageContainer>
  );
}
