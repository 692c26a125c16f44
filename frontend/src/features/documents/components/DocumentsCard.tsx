import { DeleteOutlined, DownloadOutlined, EyeOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Popconfirm, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '@/lib/api/problem';
import { formatDateTime, formatSize } from '@/lib/format';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useDeleteDocument } from '../api/delete-document';
import { previewable, useDownloadDocument, usePreviewDocument } from '../api/download-document';
import { useDocuments, type Document, type DocumentKind, type DocumentOwner } from '../api/get-documents';
import { useUploadDocument } from '../api/upload-document';
import { documentKindMessages, documentMessages } from '../messages';
import { ACCEPT } from './files';

/** The documents of one record: a download link each, and an upload for those who may add. */
export function DocumentsCard({
  ownerType,
  ownerId,
  defaultKind = 'OTHER',
  canUpload = true,
  title,
  bordered = true,
}: {
  ownerType: DocumentOwner;
  ownerId: number;
  defaultKind?: DocumentKind;
  canUpload?: boolean;
  title?: string;
  bordered?: boolean;
}) {
  const t = useMessages(documentMessages);
  const k = useMessages(documentKindMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const [kind, setKind] = useState<DocumentKind>(defaultKind);
  const query = useDocuments(ownerType, ownerId);
  const upload = useUploadDocument();
  const download = useDownloadDocument();
  const preview = usePreviewDocument();
  const remove = useDeleteDocument();

  const kindOptions = (Object.keys(documentKindMessages) as DocumentKind[]).map((value) => ({
    value,
    label: k(value),
  }));

  const list = (
    <List<Document>
      size="small"
      loading={query.isLoading}
      dataSource={query.data ?? []}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} /> }}
      renderItem={(d) => (
        <List.Item
          actions={[
            ...(previewable(d)
              ? [
                  <Button
                    key="preview"
                    type="link"
                    size="small"
                    icon={<EyeOutlined />}
                    onClick={() => preview.mutate(d, { onError: (e) => message.error(errorMessage(e, lang)) })}
                  >
                    {t('preview')}
                  </Button>,
                ]
              : []),
            <Button
              key="download"
              type="link"
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => download.mutate(d, { onError: (e) => message.error(errorMessage(e, lang)) })}
            >
              {t('download')}
            </Button>,
            ...(canUpload
              ? [
                  <Popconfirm
                    key="delete"
                    title={t('deleteTitle', { name: d.fileName ?? '' })}
                    okButtonProps={{ danger: true }}
                    onConfirm={() =>
                      remove.mutateAsync(d).then(
                        () => message.success(t('deleted')),
                        (e) => message.error(errorMessage(e, lang)),
                      )
                    }
                  >
                    <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('delete')} />
                  </Popconfirm>,
                ]
              : []),
          ]}
        >
          <List.Item.Meta
            avatar={<PaperClipOutlined />}
            title={d.fileName}
            description={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {k((d.kind ?? 'OTHER') as DocumentKind)} · {formatSize(d.sizeBytes)} · {formatDateTime(d.createdAt)}
              </Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  );

  const uploader = canUpload ? (
    <Flex gap={8} align="center" wrap>
      <Select<DocumentKind>
        value={kind}
        onChange={setKind}
        options={kindOptions}
        style={{ width: 140 }}
        aria-label={t('kind')}
      />
      <Upload
        accept={ACCEPT}
        multiple
        showUploadList={false}
        customRequest={({ file, onSuccess, onError }) => {
          const f = file as File;
          upload
            .mutateAsync({ ownerType, ownerId, kind, file: f })
            .then((saved) => {
              message.success(t('uploaded', { name: f.name }));
              onSuccess?.(saved);
            })
            .catch((error: Error) => {
              message.error(t('uploadFailed', { name: f.name, reason: errorMessage(error, lang) }));
              onError?.(error);
            });
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          {t('upload')}
        </Button>
      </Upload>
    </Flex>
  ) : null;

  if (!bordered) {
    return (
      <Flex vertical gap={4}>
        {list}
        {uploader}
      </Flex>
    );
  }
  return (
    <Card title={title ?? t('title')} extra={uploader}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {canUpload ? t('accepted') : null}
      </Typography.Text>
      {list}
    </Card>
  );
}
