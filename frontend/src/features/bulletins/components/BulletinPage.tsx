import { ArrowLeftOutlined, FileExcelOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Result } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LoadingBlock } from '@/components/LoadingBlock';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useDownloadBulletin, type BulletinFormat } from '../api/download-bulletin';
import { useBulletin } from '../api/get-bulletin';
import { bulletinMessages } from '../messages';
import { BulletinDocument } from './BulletinDocument';

/** A published bulletin as issued, to read, print (only the document is printed) or download. */
export function BulletinPage() {
  const t = useMessages(bulletinMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().bulletinId);
  const query = useBulletin(id);
  const download = useDownloadBulletin();
  const [downloading, setDownloading] = useState<BulletinFormat>();

  const save = (format: BulletinFormat) => {
    setDownloading(format);
    download
      .mutateAsync({ id, format })
      .then((file) => message.success(t('downloaded', { file })))
      .catch((error: unknown) => message.error(errorMessage(error, lang)))
      .finally(() => setDownloading(undefined));
  };

  if (query.isLoading) return <LoadingBlock rows={16} />;
  if (query.isError) {
    return query.error instanceof ApiError && query.error.status === 404 ? (
      <Result status="404" title={t('notFound')} extra={<Link to="/bulletins">{t('backToList')}</Link>} />
    ) : (
      <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
    );
  }
  const bulletin = query.data;
  if (!bulletin?.content || !bulletin.summary) return null;
  const summary = bulletin.summary;

  return (
    <Flex vertical gap={16}>
      <Flex className="no-print" justify="space-between" wrap gap={8}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/bulletins')}>
          {t('backToList')}
        </Button>
        <Flex gap={8} wrap>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('print')}
          </Button>
          <Button icon={<FileExcelOutlined />} loading={downloading === 'xlsx'} onClick={() => save('xlsx')}>
            {t('downloadExcel')}
          </Button>
          <Button type="primary" icon={<FilePdfOutlined />} loading={downloading === 'pdf'} onClick={() => save('pdf')}>
            {t('downloadPdf')}
          </Button>
        </Flex>
      </Flex>
      {summary.supersededById ? (
        <Alert
          className="no-print"
          type="warning"
          showIcon
          title={t('supersededAlert', { number: summary.supersededByNumber ?? '' })}
          action={<Link to={`/bulletins/${summary.supersededById}`}>{t('openCorrection')}</Link>}
        />
      ) : null}
      <BulletinDocument
        content={bulletin.content}
        number={summary.number}
        publishedOn={summary.publishedOn}
        supersedesNumber={summary.supersedesNumber}
        correctionReason={summary.correctionReason}
      />
    </Flex>
  );
}
