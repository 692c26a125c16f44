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
export function FormModal<Values extends object, Result = unknown>({
  title,
  open,
  form,
  initialValues,
  onSubmit,
  onSaved,
  onClose,
  confirm,
  okText,
  width,
  children,
}: {
  title: ReactNode;
  open: boolean;
  form: FormInstance<Values>;
  initialValues?: Partial<Values>;
  onSubmit: (values: Values) => Promise<Result>;
  /**
   * After a successful save, once the dialog no longer guards its input: the place to navigate to what was saved
   * (a navigation inside `onSubmit` would still be held by the unsaved-input guard and dropped with the dialog).
   */
  onSaved?: (result: Result) => void;
  onClose: () => void;
  /** Asked after the form validates and before `onSubmit`; answering false keeps the dialog open, unsaved. */
  confirm?: (values: Values) => Promise<boolean>;
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
  const { release } = useUnsavedChangesGuard(open && dirty);

  const close = () => {
    setDirty(false);
    setFailure(undefined);
    onClose();
  };

  const finish = async (values: Values) => {
    if (confirm && !(await confirm(values))) {
      return;
    }
    setSubmitting(true);
    setFailure(undefined);
    try {
      const result = await onSubmit(values);
      release();
      close();
      onSaved?.(result);
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
