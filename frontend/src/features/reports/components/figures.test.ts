import { describe, expect, it } from 'vitest';
import { differingFigures, parseMonth } from './figures';

describe('monthly report figures', () => {
  it('lists the figures that depart from the system’s', () => {
    const system = { noticesReceived: 1, casesHeard: 2 };
    expect(differingFigures({ noticesReceived: 1, casesHeard: 3 }, system)).toEqual(['casesHeard']);
    expect(differingFigures(undefined, system)).toEqual([]);
  });

  it('reads the month from the URL, or takes the current one', () => {
    expect(parseMonth('2022-03', '2026-11-28')).toEqual({ year: 2022, month: 3 });
    expect(parseMonth('2022-13', '2026-11-28')).toEqual({ year: 2026, month: 11 });
    expect(parseMonth(undefined, '2026-11-28')).toEqual({ year: 2026, month: 11 });
  });
});
