import { Alert, App, Checkbox, Form, Radio, Select, Space } from 'antd';
import { useAgencyOfficials } from '@/components/directory-queries';
import { OfficialSelect } from '@/components/OfficialSelect';
import { PageForm } from '@/components/PageForm';
import type { Schema } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { enumOptions, useEnumLabel } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useCreateAppearance } from '../api/create-appearance';
import { appearanceMessages } from '../messages';

type Hearing = Schema<'Hearing'>;
type Defendant = Schema<'Defendant'>;
type IdentityStatus = Schema<'IdentityStatus'>;

interface AppearanceValues {
  agencyCode: string;
  officialCode: string;
  spoke: boolean;
  leftEarly: boolean;
  identityStatus: IdentityStatus;
}

const HEAD_ROLES = new Set(['PRINCIPAL', 'DEPUTY', 'OTHER_LEADER']);

/**
 * Records who of a defendant agency was present at a held hearing. What the server refuses (a hearing not
 * held, an official of another agency) is refused here too; what it accepts but does not count (someone who
 * is not a head on that date) is accepted with a warning.
 */
export function AppearanceForm({
  hearing,
  defendants,
  onDone,
  onCancel,
}: {
  hearing: Hearing;
  defendants: Defendant[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useMessages(appearanceMessages);
  const { lang } = useLanguage();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<AppearanceValues>();
  const create = useCreateAppearance();

  const agencyCode = Form.useWatch('agencyCode', form);
  const officialCode = Form.useWatch('officialCode', form);
  const spoke = Form.useWatch('spoke', form);
  const identityStatus = Form.useWatch('identityStatus', form);
  const officials = useAgencyOfficials(agencyCode).data ?? [];
  const official = officials.find((o) => o.code === officialCode);
  const hearingDate = hearing.date ?? formatDate(hearing.scheduledAt);
  const held = hearing.status === 'HELD';

  const inPost =
    !official ||
    ((!official.validFrom || official.validFrom <= hearingDate) &&
      (!official.validTo || official.validTo >= hearingDate));
  const isHead = !!official && HEAD_ROLES.has(official.role ?? '');

  const submit = async (values: AppearanceValues) => {
    await create.mutateAsync({
      hearingId: hearing.id!,
      officialCode: values.officialCode,
      spoke: values.spoke,
      leftEarly: values.leftEarly,
      identityStatus: values.identityStatus,
    });
    message.success(t('recorded', { name: official?.name ?? values.officialCode }));
  };

  return (
    <PageForm<AppearanceValues>
      title={t('title')}
      form={form}
      initialValues={{
        agencyCode: defendants.length === 1 ? defendants[0].code : undefined,
        // 是否出声 and the identity check are left unanswered: a preselected "出声 / 已核验" lets a hurried
        // clerk count an appearance that did not happen as the law counts it.
        leftEarly: false,
      }}
      onSubmit={submit}
      onDone={onDone}
      onCancel={onCancel}
      submitText={t('submit')}
      submitDisabled={!held}
      aboveForm={
        held ? null : (
          <Alert type="error" showIcon title={t('notHeld', { status: label('HearingStatus', hearing.status) })} />
        )
      }
    >
      <Form.Item name="agencyCode" label={t('agency')} rules={[{ required: true, message: t('required') }]}>
        <Select
          options={defendants.map((d) => ({ value: d.code, label: d.name ?? d.code }))}
          onChange={() => form.setFieldValue('officialCode', undefined)}
        />
      </Form.Item>
      <Form.Item
        name="officialCode"
        label={t('official')}
        extra={t('officialHelp')}
        rules={[{ required: true, message: t('required') }]}
      >
        <OfficialSelect agencyCode={agencyCode} />
      </Form.Item>
      {official && (!isHead || !inPost) ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 24 }}
          title={
            !isHead
              ? t('notAHead', { name: official.name ?? '', role: label('OfficialRole', official.role) })
              : t('notInPost', { name: official.name ?? '', date: hearingDate })
          }
        />
      ) : null}
      <Form.Item name="spoke" label={t('spoke')} rules={[{ required: true, message: t('chooseSpoke') }]}>
        <Radio.Group>
          <Space orientation="vertical">
            <Radio value={true}>{t('spokeYes')}</Radio>
            <Radio value={false}>{t('spokeNo')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {isHead && spoke === false ? (
        <Alert type="warning" showIcon style={{ marginBottom: 24 }} title={t('silentWarning')} />
      ) : null}
      <Form.Item name="leftEarly" valuePropName="checked">
        <Checkbox>{t('leftEarly')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="identityStatus"
        label={t('identityStatus')}
        rules={[{ required: true, message: t('chooseIdentity') }]}
      >
        <Radio.Group options={enumOptions('IdentityStatus', lang)} />
      </Form.Item>
      {identityStatus === 'REJECTED' ? (
        <Alert type="warning" showIcon style={{ marginBottom: 24 }} title={t('rejectedProof')} />
      ) : null}
    </PageForm>
  );
}
