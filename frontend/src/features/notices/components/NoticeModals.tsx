import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '@/components/FormModal';
import type { Schema } from '@/lib/api/types';
import { term } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useCreateNotice, useUpdateNotice, type Notice } from '../api/change-notice';
import { noticeMessages } from '../messages';

interface RegisterValues {
  agencyCode: string;
  number: string;
  servedOn: Dayjs;
}

function ServedOnField() {
  const t = useMessages(noticeMessages);
  const { lang } = useLanguage();
  return (
    <Form.Item
      name="servedOn"
      label={t('servedOn')}
      extra={t('servedOnHelp', { late: term('lateNotice', lang) })}
      rules={[{ required: true, message: t('required') }]}
    >
      <DatePicker style={{ width: '100%' }} />
    </Form.Item>
  );
}

/**
 * Registers a notice served on one of the hearing's defendants: those the caller acts for (an agency, only
 * itself). Nothing is preselected but a lone defendant, which is no choice.
 */
export function RegisterNoticeModal({
  hearingId,
  defendants,
  onClose,
}: {
  hearingId: number;
  defendants: Schema<'Defendant'>[];
  onClose: () => void;
}) {
  const t = useMessages(noticeMessages);
  const [form] = Form.useForm<RegisterValues>();
  const create = useCreateNotice();
  return (
    <FormModal<RegisterValues>
      title={t('registerTitle')}
      open
      form={form}
      initialValues={defendants.length === 1 ? { agencyCode: defendants[0].code } : {}}
      onSubmit={(v) =>
        create.mutateAsync({
          hearingId,
          agencyCode: v.agencyCode,
          number: v.number.trim(),
          servedOn: v.servedOn.format('YYYY-MM-DD'),
        })
      }
      onClose={onClose}
    >
      <Form.Item name="agencyCode" label={t('agency')} rules={[{ required: true, message: t('required') }]}>
        <Select options={defendants.map((d) => ({ value: d.code, label: d.name ?? d.code }))} />
      </Form.Item>
      <Form.Item
        name="number"
        label={t('number')}
        extra={t('numberHelp')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={100} placeholder="（2026）渝0112行初1号之一" />
      </Form.Item>
      <ServedOnField />
    </FormModal>
  );
}

/** Corrects the date a notice was served, the one thing of it that can be wrong once registered. */
export function EditNoticeModal({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const t = useMessages(noticeMessages);
  const [form] = Form.useForm<{ servedOn: Dayjs }>();
  const update = useUpdateNotice();
  return (
    <FormModal<{ servedOn: Dayjs }>
      title={t('editTitle', { number: notice.number ?? '' })}
      open
      form={form}
      initialValues={{ servedOn: dayjs(notice.servedOn) }}
      onSubmit={(v) =>
        update.mutateAsync({
          id: notice.id!,
          version: notice.version ?? 0,
          body: { servedOn: v.servedOn.format('YYYY-MM-DD') },
        })
      }
      onClose={onClose}
    >
      <ServedOnField />
    </FormModal>
  );
}
