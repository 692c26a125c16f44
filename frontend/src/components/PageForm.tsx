import { Alert, Button, Card, Flex, Form, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { applyServerErrors } from './form-errors';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

/**
 * A form that is a page of its own: the server's field errors land under their fields, anything else above
 * the form, and leaving with unsaved input asks first. `onDone` runs after a successful save.
 */
export function PageForm<Values extends object>({
  title,
  form,
  initialValues,
  onSubmit,
  onDone,
  onCancel,
  submitText,
  submitDisabled,
  aboveForm,
  children,
}: {
  title: ReactNode;
  form: FormInstance<Values>;
  initialValues?: Partial<Values>;
  onSubmit: (values: Values) => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
  submitText: ReactNode;
  submitDisabled?: boolean;
  aboveForm?: ReactNode;
  children: ReactNode;
}) {
  const { lang } = useLanguage();
  const t = useMessages(commonMessages);
  const [dirty, setDirty] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<{ title: string; lines: string[] }>();
  const { release } = useUnsavedChangesGuard(dirty);

  const finish = async (values: Values) => {
    setSubmitting(true);
    setFailure(undefined);
    try {
      await onSubmit(values);
      release();
      setDirty(false);
      onDone();
    } catch (error) {
      const { title: failureTitle, placed, unplaced, detail } = applyServerErrors(form, error, lang);
      const lines = [detail, ...unplaced.map((e) => e.message)].filter((line): line is string => !!line);
      setFailure(placed > 0 && lines.length === 0 ? undefined : { title: failureTitle, lines });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Card title={title}>
      <Flex vertical gap={16} style={{ maxWidth: 720 }}>
        {aboveForm}
        {failure ? (
          <Alert
            type="error"
            showIcon
            title={failure.title}
            description={failure.lines.length ? failure.lines.map((line) => <div key={line}>{line}</div>) : undefined}
          />
        ) : null}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onValuesChange={() => setDirty(true)}
          onFinish={finish}
          scrollToFirstError
        >
          {children}
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={submitting} disabled={submitDisabled}>
              {submitText}
            </Button>
            <Button onClick={onCancel}>{t('cancel')}</Button>
          </Flex>
        </Form>
      </Flex>
    </Card>
  );
}
