import { describe, expect, it } from 'vitest';
import { agencyRatesOption, withoutCommonPrefix } from './chart-options';

describe('dashboard charts', () => {
  it('drops the district prefix that every agency name shares', () => {
    expect(withoutCommonPrefix(['重庆市渝北区民政局', '重庆市渝北区人民政府', '重庆市渝北区木耳镇人民政府'])).toEqual([
      '民政局',
      '人民政府',
      '木耳镇人民政府',
    ]);
    expect(withoutCommonPrefix(['民政局', '财政局'])).toEqual(['民政局', '财政局']);
  });

  it('draws agencies with cases heard, lowest first, red below the threshold', () => {
    const option = agencyRatesOption(
      [
        { agencyCode: 'A', agencyName: '渝北区甲局', casesHeard: 10, appearanceRate: 0.95 },
        { agencyCode: 'B', agencyName: '渝北区乙局', casesHeard: 4, appearanceRate: 0.5 },
        { agencyCode: 'C', agencyName: '渝北区丙局', casesHeard: 0, appearanceRate: null },
      ],
      0.9,
      { rate: '出庭应诉率', threshold: '目标' },
    );
    const yAxis = option.yAxis as { data: string[] };
    expect(yAxis.data).toEqual(['乙局', '甲局']);
    const series = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0];
    expect(series.data.map((d) => d.value)).toEqual([50, 95]);
    expect(series.data[0].itemStyle.color).not.toBe(series.data[1].itemStyle.color);
    const line = (option.series as { name: string; markLine: { data: { xAxis: number }[] } }[])[1];
    expect(line.name).toBe('目标');
    expect(line.markLine.data).toEqual([{ xAxis: 90 }]);
    expect((option.legend as { data: string[] }).data).toEqual(['目标']);
  });
});
