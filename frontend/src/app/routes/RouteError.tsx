import { Button, Result } from 'antd';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { useMessages } from '@/lib/i18n/language-context';
import { appMessages } from '../messages';

/** A page that failed to load or render; a stale chunk after a deploy only needs a reload. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const t = useMessages(appMessages);
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound />;
  }
  const staleChunk =
    error instanceof Error && /dynamically imported module|Importing a module script/i.test(error.message);
  return (
    <Result
      status={staleChunk ? 'info' : 'error'}
      title={t('crashTitle')}
      subTitle={staleChunk ? t('newVersionBody') : t('crashBody')}
      extra={[
        <Button key="reload" type="primary" onClick={() => window.location.reload()}>
          {t('reload')}
        </Button>,
        <Button key="home" onClick={() => navigate('/')}>
          {t('backHome')}
        </Button>,
      ]}
    />
  );
}

export function NotFound() {
  const navigate = useNavigate();
  const t = useMessages(appMessages);
  return (
    <Result
      status="404"
      title={t('notFoundTitle')}
      subTitle={t('notFoundBody')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('backHome')}
        </Button>
      }
    />
  );
}

export function ComingSoon() {
  const t = useMessages(appMessages);
  return <Result status="info" title={t('comingSoonTitle')} subTitle={t('comingSoonBody')} />;
}
