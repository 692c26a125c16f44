import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, List, Select, Typography, Upload } from 'antd';
import { useMessages } from '@/lib/i18n/language-context';
import type { DocumentKind } from '../api/get-documents';
import { documentKindMessages, documentMessages } from '../messages';
import { formatSize } from '@/lib/format';
import { ACCEPT } from './files';
import type { PendingDocumentsState } from './use-pending-documents';

export function PendingDocumentsPicker({ state }: { state: PendingDocumentsState }) {
  const t = useMessages(documentMessages);
  const k = useMessages(documentKindMessages);
  const { pending, setPending, defaultKind } = state;
  const kindOptions = (Object.keys(documentKindMessages) as DocumentKind[]).map((value) => ({
    value,
    label: k(value),
  }));

  return (
    <Flex vertical gap={8}>
      <Upload
        accept={ACCEPT}
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          setPending((current) => [...current, { uid: file.uid, file, kind: defaultKind }]);
          // Kept until the form is submitted.
          return false;
        }}
      >
        <Button icon={<UploadOutlined />}>{t('pick')}</Button>
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('accepted')}
      </Typography.Text>
      {pending.length ? (
        <List
          size="small"
          bordered
          header={<Typography.Text type="secondary">{t('pending')}</Typography.Text>}
          dataSource={pending}
          renderItem={(p) => (
            <List.Item
              actions={[
                <Select<DocumentKind>
                  key="kind"
                  size="small"
                  value={p.kind}
                  options={kindOptions}
                  style={{ width: 130 }}
                  aria-label={t('kind')}
                  onChange={(kind) =>
                    setPending((current) => current.map((c) => (c.uid === p.uid ? { ...c, kind } : c)))
                  }
                />,
                <Button
                  key="remove"
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('remove')}
                  onClick={() => setPending((current) => current.filter((c) => c.uid !== p.uid))}
                />,
              ]}
            >
              <PaperClipOutlined /> {p.file.name}{' '}
              <Typography.Text type="secondary">{formatSize(p.file.size)}</Typography.Text>
            </List.Item>
          )}
        />
      ) : null}
    </Flex>
  );
}
