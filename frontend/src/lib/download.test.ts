import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './download';

describe('fileNameFrom', () => {
  it('prefers the UTF-8 name of a Content-Disposition', () => {
    expect(
      fileNameFrom(
        "attachment; filename*=UTF-8''%E5%87%BA%E5%BA%AD%E5%BA%94%E8%AF%89%E7%BB%9F%E8%AE%A1-2022.csv",
        'x.csv',
      ),
    ).toBe('出庭应诉统计-2022.csv');
    expect(fileNameFrom('attachment; filename="report.xlsx"', 'x')).toBe('report.xlsx');
    expect(fileNameFrom(null, 'fallback.csv')).toBe('fallback.csv');
  });
});
