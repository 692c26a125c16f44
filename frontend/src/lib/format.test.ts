import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPp, formatRate, shanghaiToday } from './format';

describe('format', () => {
  it('shows rates with one decimal, and a dash for no denominator', () => {
    expect(formatRate(333 / 354)).toBe('94.1%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(27 / 368)).toBe('7.3%');
    expect(formatRate(null)).toBe('—');
  });

  it('shows changes in percentage points with a sign', () => {
    expect(formatPp(19.6)).toBe('+19.6');
    expect(formatPp(-3.04)).toBe('-3.0');
    expect(formatPp(null)).toBe('—');
  });

  it('reads instants in Shanghai time', () => {
    // 17:30 UTC is 01:30 the next day in Shanghai.
    expect(formatDate('2022-03-01T17:30:00Z')).toBe('2022-03-02');
    expect(formatDateTime('2022-03-01T09:30:00+08:00')).toBe('2022-03-01 09:30');
    expect(formatDate('2022-03-01')).toBe('2022-03-01');
    expect(shanghaiToday(new Date('2022-12-31T16:00:00Z'))).toBe('2023-01-01');
  });
});
