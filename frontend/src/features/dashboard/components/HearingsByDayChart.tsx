import type { EChartsOption } from 'echarts';
import { Chart } from '@/components/charts/Chart';
import { useMessages } from '@/lib/i18n/language-context';
import type { HearingWarning } from '../api/get-open-warnings';
import type { Hearing } from '../api/get-upcoming-hearings';
import { dashboardMessages } from '../messages';
import { countByDay, nextDays } from './hearings-by-day';

export function HearingsByDayChart({ hearings, warnings }: { hearings: Hearing[]; warnings: HearingWarning[] }) {
  const t = useMessages(dashboardMessages);
  const days = nextDays(7);
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 32, right: 16, top: 36, bottom: 24 },
    xAxis: { type: 'category', data: days.map((d) => d.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('hearingsSeries'),
        type: 'bar',
        data: countByDay(
          days,
          hearings.map((h) => h.scheduledAt),
        ),
        color: '#1f5fbf',
      },
      {
        name: t('warningsSeries'),
        type: 'bar',
        data: countByDay(
          days,
          warnings.map((w) => w.scheduledAt),
        ),
        color: '#cf1322',
      },
    ],
  };
  return <Chart option={option} height={260} />;
}
