import { App, Button, Descriptions, Form, Input, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { FormModal } from '@/components/FormModal';
import { errorMessage } from '@/lib/api/problem';
import { formatDate } from '@/lib/format';
import { useEnumLabel } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useAnswerLostCaseReport } from '../api/answer-report';
import type { LostCaseReport } from '../api/get-lost-cases';
import { lostCaseCall } from '../api/lost-case-call';
import { useSaveLostCaseDraft } from '../api/save-draft';
import { useSubmitLostCaseReport } from '../api/submit-report';
import { lostCaseMessages } from '../messages';

/** Must match the server's rule (LostCaseReport.MINIMUM_SUMMARY_LENGTH). */
export const MINIMUM_SUMMARY_LENGTH = 50;

/** The documents of a filed or drafted report: supplied by the composing page, which owns the documents feature. */
export type JudgmentSlot = (report: LostCaseReport, canChange: boolean) => ReactNode;

/** Lets the judgment's form item carry errors (the server's `judgment` among them) without being an input. */
function JudgmentField({ id, children }: { id?: string; value?: unknown; onChange?: unknown; children: ReactNode }) {
  return <div id={id}>{children}</div>;
}

function CaseFacts({ report }: { report: LostCaseReport }) {
  const t = useMessages(lostCaseMessages);
  const label = useEnumLabel();
  return (
    <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t('case')}>{report.caseNumber}</Descriptions.Item>
      <Descriptions.Item label={t('agency')}>{report.agencyName}</Descriptions.Item>
      <Descriptions.Item label={t('result')}>{label('OutcomeResult', report.result)}</Descriptions.Item>
      <Descriptions.Item label={t('concludedOn')}>{formatDate(report.concludedOn)}</Descriptions.Item>
      <Descriptions.Item label={t('dueOn')}>{formatDate(report.dueOn)}</Descriptions.Item>
    </Descriptions>
  );
}

interface FileValues {
  summary: string;
  judgment: null;
}

/**
 * The agency writes its summary and attaches the judgment. The judgment needs the report to exist, so a task not
 * yet written is saved as a draft first; the draft's new version is what the filing then sends.
 */
export function FileReportModal({
  report,
  judgment,
  onClose,
}: {
  report?: LostCaseReport;
  judgment: JudgmentSlot;
  onClose: () => void;
}) {
  const t = useMessages(lostCaseMessages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<FileValues>();
  const [current, setCurrent] = useState(report);
  const saveDraft = useSaveLostCaseDraft();
  const submit = useSubmitLostCaseReport();

  const save = async () => {
    if (!current) return;
    try {
      const summary = (form.getFieldValue('summary') as string | undefined)?.trim() || undefined;
      const saved = await saveDraft.mutateAsync(lostCaseCall(current, { summary }));
      setCurrent(saved);
      form.setFields([{ name: 'judgment', errors: [] }]);
      message.success(t('draftSaved'));
    } catch (error) {
      message.error(errorMessage(error, lang));
    }
  };

  const file = async (v: FileValues) => {
    await submit.mutateAsync(lostCaseCall(current!, { summary: v.summary.trim() }));
    message.success(t('submitted'));
  };

  return (
    <FormModal<FileValues>
      title={t('fileTitle', { caseNumber: report?.caseNumber ?? '' })}
      open={!!report}
      form={form}
      width={760}
      okText={t('submit')}
      initialValues={{ summary: report?.summary ?? '', judgment: null }}
      onSubmit={file}
      onClose={onClose}
    >
      {current ? <CaseFacts report={current} /> : null}
      <Form.Item
        name="summary"
        label={t('summary')}
        rules={[
          { required: true, whitespace: true, message: t('required') },
          {
            validator: (_, value: string | undefined) =>
              !value || value.trim().length >= MINIMUM_SUMMARY_LENGTH
                ? Promise.resolve()
                : Promise.reject(new Error(t('summaryTooShort', { count: MINIMUM_SUMMARY_LENGTH }))),
          },
        ]}
      >
        <Input.TextArea rows={7} maxLength={20000} showCount placeholder={t('summaryPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="judgment"
        label={t('judgment')}
        extra={t('judgmentHelp')}
        required
        rules={[
          {
            validator: () => (current?.reportId ? Promise.resolve() : Promise.reject(new Error(t('judgmentMissing')))),
          },
        ]}
      >
        <JudgmentField>
          {current?.reportId ? (
            judgment(current, true)
          ) : (
            <Button onClick={save} loading={saveDraft.isPending}>
              {t('saveDraftFirst')}
            </Button>
          )}
        </JudgmentField>
      </Form.Item>
      {current?.reportId ? (
        <Button onClick={save} loading={saveDraft.isPending}>
          {t('saveDraft')}
        </Button>
      ) : null}
    </FormModal>
  );
}

/** The bureau reads the filed summary and the judgment, and answers with its guidance opinion. */
export function GuidanceModal({
  report,
  judgment,
  onClose,
}: {
  report?: LostCaseReport;
  judgment: JudgmentSlot;
  onClose: () => void;
}) {
  const t = useMessages(lostCaseMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ guidance: string }>();
  const answer = useAnswerLostCaseReport();

  const submit = async (v: { guidance: string }) => {
    await answer.mutateAsync(lostCaseCall(report!, { guidance: v.guidance.trim() }));
    message.success(t('answered'));
  };

  return (
    <FormModal<{ guidance: string }>
      title={t('guidanceTitle', { caseNumber: report?.caseNumber ?? '' })}
      open={!!report}
      form={form}
      width={760}
      onSubmit={submit}
      onClose={onClose}
    >
      {report ? (
        <>
          <CaseFacts report={report} />
          <Typography.Title level={5}>{t('summary')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{report.summary}</Typography.Paragraph>
          <Typography.Title level={5}>{t('judgment')}</Typography.Title>
          {judgment(report, false)}
        </>
      ) : null}
      <Form.Item
        name="guidance"
        label={t('guidance')}
        style={{ marginTop: 16 }}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea rows={5} maxLength={20000} showCount placeholder={t('guidancePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
