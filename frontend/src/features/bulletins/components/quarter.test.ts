import { describe, expect, it } from 'vitest';
import { chineseDate, hasEnded, lastEndedQuarter, parseQuarter } from './quarter';

describe('quarters', () => {
  it('reads a quarter from the URL and refuses anything else', () => {
    expect(parseQuarter('2022-Q4')).toEqual({ year: 2022, quarter: 4 });
    expect(parseQuarter('2022-Q5')).toBeUndefined();
    expect(parseQuarter('2022')).toBeUndefined();
  });

  it('offers the last quarter that has ended, across the turn of the year', () => {
    expect(lastEndedQuarter('2023-01-10')).toEqual({ year: 2022, quarter: 4 });
    expect(lastEndedQuarter('2023-04-01')).toEqual({ year: 2023, quarter: 1 });
    expect(lastEndedQuarter('2023-12-31')).toEqual({ year: 2023, quarter: 3 });
  });

  it('knows a quarter has ended on the first day of the next one', () => {
    expect(hasEnded({ year: 2022, quarter: 4 }, '2022-12-31')).toBe(false);
    expect(hasEnded({ year: 2022, quarter: 4 }, '2023-01-01')).toBe(true);
    expect(hasEnded({ year: 2023, quarter: 1 }, '2023-04-01')).toBe(true);
  });

  it('writes dates as the bureau does', () => {
    expect(chineseDate('2023-01-09')).toBe('2023年1月9日');
  });
});
