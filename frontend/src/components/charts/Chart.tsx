import { Skeleton } from 'antd';
import type { EChartsOption } from 'echarts';
import { lazy, Suspense } from 'react';

// ECharts is the largest library of the app: it loads with the first chart, never with the first page.
const EChart = lazy(() => import('./EChart'));

export function Chart({ option, height = 320 }: { option: EChartsOption; height?: number }) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }} />}>
      <EChart option={option} height={height} />
    </Suspense>
  );
}
