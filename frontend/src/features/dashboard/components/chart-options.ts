import type { EChartsOption } from 'echarts';
import type { ComplianceFigures, ComplianceReport } from '../api/get-year-figures';

const BLUE = '#1f5fbf';
const RED = '#cf1322';

/**
 * Agency names of one district share its name as a prefix (重庆市渝北区…); on a crowded axis only the
 * distinguishing rest is shown.
 */
export function withoutCommonPrefix(names: string[]): string[] {
  if (names.length < 2) return names;
  let prefix = names[0];
  for (const name of names) {
    while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix.length >= 2 ? names.map((name) => name.slice(prefix.length) || name) : names;
}

const percent = (rate: number | null | undefined) => (rate == null ? null : Math.round(rate * 1000) / 10);

/**
 * The threshold as a dashed line of its own, named in the legend: a label at the line's end is cut off at the
 * chart's edge or drawn over a bar. Drawn above the bars, which would otherwise hide it where they pass it.
 */
function thresholdSeries(name: string, axis: 'xAxis' | 'yAxis', threshold: number) {
  return {
    name,
    type: 'line' as const,
    data: [],
    color: RED,
    lineStyle: { color: RED, type: 'dashed' as const },
    z: 5,
    markLine: {
      symbol: 'none',
      silent: true,
      lineStyle: { color: RED, type: 'dashed' as const },
      label: { show: false },
      data: [{ [axis]: percent(threshold) ?? 90 }],
    },
  };
}

/** Each agency with cases heard, lowest rate on top, red below the threshold, with the threshold drawn. */
export function agencyRatesOption(
  // Only what the chart draws, so that a caller (or a test) need not build whole figures.
  agencies: Pick<ComplianceFigures, 'agencyCode' | 'agencyName' | 'casesHeard' | 'appearanceRate'>[],
  threshold: number,
  labels: { rate: string; threshold: string },
): EChartsOption {
  const heard = agencies
    .filter((a) => (a.casesHeard ?? 0) > 0)
    .sort((a, b) => (a.appearanceRate ?? 0) - (b.appearanceRate ?? 0));
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => `${value}%`,
    },
    legend: { top: 0, data: [labels.threshold] },
    grid: { left: 8, right: 24, top: 32, bottom: 8 },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: withoutCommonPrefix(heard.map((a) => a.agencyName ?? a.agencyCode ?? '')),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        name: labels.rate,
        type: 'bar',
        barMaxWidth: 14,
        data: heard.map((a) => ({
          value: percent(a.appearanceRate) ?? 0,
          itemStyle: { color: (a.appearanceRate ?? 0) < threshold ? RED : BLUE },
        })),
      },
      thresholdSeries(labels.threshold, 'xAxis', threshold),
    ],
  };
}

export interface TrendLabels {
  departments: string;
  government: string;
  district: string;
  threshold: string;
}

/** The headline rates of each year: departments and towns, the government's notices, the whole district. */
export function trendOption(
  years: number[],
  reports: (ComplianceReport | undefined)[],
  threshold: number,
  labels: TrendLabels,
): EChartsOption {
  const group = (report: ComplianceReport | undefined, name: string) => report?.groups?.find((g) => g.group === name);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value) => (value == null ? '—' : `${value}%`) },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 56, bottom: 8 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: labels.departments,
        type: 'line',
        connectNulls: false,
        data: reports.map((r) => percent(group(r, 'DEPARTMENTS_AND_SUBDISTRICTS')?.appearanceRate)),
        color: BLUE,
      },
      {
        name: labels.government,
        type: 'line',
        data: reports.map((r) => percent(group(r, 'DISTRICT_GOVERNMENT')?.noticeAppearanceRate)),
        color: '#13a8a8',
      },
      {
        name: labels.district,
        type: 'line',
        data: reports.map((r) => percent(group(r, 'ALL')?.appearanceRate)),
        color: '#8c8c8c',
        lineStyle: { type: 'dotted' },
      },
      thresholdSeries(labels.threshold, 'yAxis', threshold),
    ],
  };
}
