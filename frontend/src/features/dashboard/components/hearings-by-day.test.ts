import { describe, expect, it } from 'vitest';
import { countByDay, nextDays } from './hearings-by-day';

describe('hearings by day', () => {
  it('counts by Shanghai calendar date, not by UTC date', () => {
    const days = nextDays(3, new Date('2022-02-28T17:00:00Z'));
    expect(days).toEqual(['2022-03-01', '2022-03-02', '2022-03-03']);
    // 16:30 UTC on 1 March is 00:30 on 2 March in Shanghai.
    expect(
      countByDay(days, ['2022-03-01T09:30:00+08:00', '2022-03-01T16:30:00Z', undefined, '2022-04-01T09:00:00+08:00']),
    ).toEqual([1, 1, 0]);
  });
});
