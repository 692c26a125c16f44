import { Alert, Button } from 'antd';
import { describeError } from '@/lib/api/problem';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';

/** A failed request, said plainly, with a way to try again. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { lang } = useLanguage();
  const t = useMessages(commonMessages);
  const { title, detail, fieldErrors } = describeError(error, lang);
  const lines = [detail, ...fieldErrors.map((e) => `${e.field}：${e.message}`)].filter(Boolean);
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={lines.length ? lines.map((line) => <div key={line}>{line}</div>) : undefined}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
