import { useCallback } from 'react';
import { recentYears } from '@/lib/format';
import { useMessages } from '@/lib/i18n/language-context';
import { interviewMessages } from '../messages';

type Translate = ReturnType<typeof useMessages<typeof interviewMessages>>;

export function yearOptions(t: Translate) {
  return recentYears().map((year) => ({ value: year, label: t('yearOption', { year }) }));
}

/** `2022年第1季度` for an interview's quarter. */
export function usePeriodLabel() {
  const t = useMessages(interviewMessages);
  return useCallback(
    (period: { year?: number; quarter?: number }) =>
      t('periodLabel', { year: period.year ?? '', quarter: period.quarter ?? '' }),
    [t],
  );
}
