import { Checkbox, Form, Radio, Space } from 'antd';
import { useState } from 'react';
import { FormModal } from '@/components/FormModal';
import { RowActions } from '@/components/RowActions';
import type { Schema } from '@/lib/api/types';
import { enumOptions } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { useCorrectAppearance, useDeleteAppearance, type AppearanceUpdate } from '../api/correct-appearance';
import { appearanceMessages } from '../messages';

type Appearance = Schema<'Appearance'>;

/** 更正 and 删除 of one recorded appearance, on the case page. */
export function AppearanceActions({ appearance }: { appearance: Appearance }) {
  const t = useMessages(appearanceMessages);
  const [correcting, setCorrecting] = useState(false);
  const remove = useDeleteAppearance();
  const name = appearance.officialName ?? appearance.officialCode ?? '';
  return (
    <>
      <RowActions
        name={t('appearanceOf', { name })}
        onEdit={() => setCorrecting(true)}
        onDelete={() => remove.mutateAsync(appearance.id!)}
        deleteBody={t('deleteBody')}
        deletedMessage={t('deleted', { name })}
      />
      {correcting ? <CorrectAppearanceModal appearance={appearance} onClose={() => setCorrecting(false)} /> : null}
    </>
  );
}

function CorrectAppearanceModal({ appearance, onClose }: { appearance: Appearance; onClose: () => void }) {
  const t = useMessages(appearanceMessages);
  const { lang } = useLanguage();
  const [form] = Form.useForm<AppearanceUpdate>();
  const correct = useCorrectAppearance();
  return (
    <FormModal<AppearanceUpdate>
      title={t('correctTitle', { name: appearance.officialName ?? appearance.officialCode ?? '' })}
      open
      form={form}
      initialValues={{
        spoke: appearance.spoke,
        leftEarly: appearance.leftEarly,
        identityStatus: appearance.identityStatus,
      }}
      onSubmit={(body) => correct.mutateAsync({ id: appearance.id!, version: appearance.version ?? 0, body })}
      onClose={onClose}
    >
      <Form.Item name="spoke" label={t('spoke')} rules={[{ required: true, message: t('chooseSpoke') }]}>
        <Radio.Group>
          <Space orientation="vertical">
            <Radio value={true}>{t('spokeYes')}</Radio>
            <Radio value={false}>{t('spokeNo')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
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
    </FormModal>
  );
}
