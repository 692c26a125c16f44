import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { applyServerErrors } from './form-errors';
import { useConfirmDiscard, useUnsavedChangesGuard } from './useUnsavedChangesGuard';

interface Failure {
  title: string;
  lines: string[];
}

/**
 * A create/edit dialog: the server's field errors land under their fields, anything else above the form, and
 * closing or leaving with unsaved input asks first.
 */
export function FormModal<Values extends object>({
  title,
  open,
  form,
  initialValues,
  onSubmit,
  onClose,
  okText,
  width,
  children,
}: {
  title: ReactNode;
  open: boolean;
  form: FormInstance<Values>;
  initialValues?: Partial<Values>;
  onSubmit: (values: Values) => Promise<unknown>;
  onClose: () => void;
  okText?: ReactNode;
  width?: number;
  children: ReactNode;
}) {
  const { lang } = useLanguage();
  const t = useMessages(commonMessages);
  const [dirty, setDirty] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<Failure>();
  const confirmDiscard = useConfirmDiscard();
  useUnsavedChangesGuard(open && dirty);

  const close = () => {
    setDirty(false);
    setFailure(undefined);
    onClose();
  };

  const finish = async (values: Values) => {
    setSubmitting(true);
    setFailure(undefined);
    try {
      await onSubmit(values);
      close();
    } catch (error) {
      const { title: failureTitle, placed, unplaced, detail } = applyServerErrors(form, error, lang);
      const lines = [detail, ...unplaced.map((e) => e.message)].filter((line): line is string => !!line);
      // Errors shown under their fields need no second mention above the form.
      setFailure(placed > 0 && lines.length === 0 ? undefined : { title: failureTitle, lines });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      width={width ?? 560}
      okText={okText ?? t('save')}
      cancelText={t('cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={() => confirmDiscard(dirty, close)}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {failure ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
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
        preserve={false}
      >
        {children}
        {/* Enter in a field submits, as in any form. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
