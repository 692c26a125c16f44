import { DatePicker, Form, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '@/components/FormModal';
import type { Schema } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { enumOptions } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useCreateHearing, useUpdateHearing, type Hearing } from '../api/change-hearing';
import { hearingMessages } from '../messages';

interface Values {
  scheduledAt: Dayjs;
  status: Schema<'HearingStatus'>;
}

/** The wall-clock time as Asia/Shanghai time, the zone every hearing is held in (R8). */
function toShanghai(at: Dayjs): string {
  return `${at.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}

/**
 * 新增开庭 for a case (no `hearing`), or a hearing's time and status changed. A new hearing's status is chosen,
 * never presumed: 已开庭 makes it a duty the heads had to meet.
 */
export function HearingModal({ caseId, hearing, onClose }: { caseId: number; hearing?: Hearing; onClose: () => void }) {
  const t = useMessages(hearingMessages);
  const { lang } = useLanguage();
  const [form] = Form.useForm<Values>();
  const create = useCreateHearing();
  const update = useUpdateHearing();

  const submit = ({ scheduledAt, status }: Values) => {
    const body = { scheduledAt: toShanghai(scheduledAt), status };
    return hearing
      ? update.mutateAsync({ id: hearing.id!, version: hearing.version ?? 0, body })
      : create.mutateAsync({ caseId, ...body });
  };

  return (
    <FormModal<Values>
      title={hearing ? t('editTitle', { at: formatDateTime(hearing.scheduledAt) }) : t('addTitle')}
      open
      form={form}
      initialValues={
        hearing
          ? // The server answers in +08:00: the wall-clock part is the Shanghai time.
            { scheduledAt: dayjs((hearing.scheduledAt ?? '').slice(0, 16)), status: hearing.status }
          : {}
      }
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="scheduledAt" label={t('scheduledAt')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="status"
        label={t('status')}
        extra={t('statusHelp')}
        rules={[{ required: true, message: t('chooseStatus') }]}
      >
        <Radio.Group options={enumOptions('HearingStatus', lang)} />
      </Form.Item>
    </FormModal>
  );
}
