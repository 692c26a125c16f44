import { Form, Input, Select } from 'antd';
import { useAgencyOfficials } from '@/components/directory-queries';
import { OfficialSelect } from '@/components/OfficialSelect';
import type { Schema } from '@/lib/api/types';
import { enumOptions } from '@/lib/i18n/enum-labels';
import { useLanguage, useMessages } from '@/lib/i18n/language-context';
import { delegationMessages } from '../messages';

/** The server's rule (R4): whitespace padding does not make a reason specific. */
export const MINIMUM_REASON_LENGTH = 10;

export interface DelegationDetails {
  reasonCategory: Schema<'ReasonCategory'>;
  reason: string;
  delegateOfficialCode: string;
}

/**
 * What a delegation says, filed or corrected before review: the reason (R4: a category and a specific
 * explanation) and a delegate who is staff of the agency, in post on the hearing date.
 */
export function DelegationFields({ agencyCode, hearingDate }: { agencyCode?: string; hearingDate: string }) {
  const t = useMessages(delegationMessages);
  const { lang } = useLanguage();
  const staff = useAgencyOfficials(agencyCode, 'STAFF').data;
  return (
    <>
      <Form.Item name="reasonCategory" label={t('reasonCategory')} rules={[{ required: true, message: t('required') }]}>
        <Select options={enumOptions('ReasonCategory', lang)} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('reason')}
        rules={[
          { required: true, whitespace: true, message: t('required') },
          {
            validator: (_, value: string | undefined) =>
              !value || value.trim().length >= MINIMUM_REASON_LENGTH
                ? Promise.resolve()
                : Promise.reject(new Error(t('reasonTooShort', { min: MINIMUM_REASON_LENGTH }))),
          },
        ]}
      >
        <Input.TextArea rows={4} showCount maxLength={2000} placeholder={t('reasonPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="delegateOfficialCode"
        label={t('delegate')}
        extra={t('delegateHelp')}
        dependencies={['agencyCode']}
        rules={[
          { required: true, message: t('required') },
          {
            validator: (_, code: string | undefined) => {
              if (!code || !staff) return Promise.resolve();
              const delegate = staff.find((o) => o.code === code);
              if (!delegate || delegate.agencyCode !== agencyCode || delegate.role !== 'STAFF') {
                return Promise.reject(new Error(t('delegateNotStaff')));
              }
              const inPost =
                (!delegate.validFrom || delegate.validFrom <= hearingDate) &&
                (!delegate.validTo || delegate.validTo >= hearingDate);
              return inPost
                ? Promise.resolve()
                : Promise.reject(new Error(t('delegateNotInPost', { date: hearingDate })));
            },
          },
        ]}
      >
        <OfficialSelect agencyCode={agencyCode} role="STAFF" />
      </Form.Item>
    </>
  );
}
