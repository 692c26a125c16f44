import { describe, expect, it } from 'vitest';
import { drillLink, dutyQuery } from './drill';

describe('drillLink', () => {
  it('carries the period, the agency and the class of the figure', () => {
    expect(drillLink({ year: 2022, quarter: 2, agencyCode: 'YB-GH', filter: 'UNJUSTIFIED' })).toBe(
      '/compliance/duties?year=2022&quarter=2&agencyCode=YB-GH&result=UNJUSTIFIED',
    );
  });

  it('leaves out the defaults: every duty, first instance', () => {
    expect(drillLink({ year: 2022, trialLevel: 'FIRST_INSTANCE', filter: 'all' })).toBe('/compliance/duties?year=2022');
  });

  it('narrows to mandatory cases and another instance', () => {
    expect(drillLink({ year: 2021, month: 3, trialLevel: 'ALL', mandatory: true, filter: 'met' })).toBe(
      '/compliance/duties?year=2021&month=3&trialLevel=ALL&result=met&mandatory=true',
    );
  });
});

describe('dutyQuery', () => {
  it('turns the page filter into the API filters', () => {
    expect(dutyQuery('met')).toEqual({ met: true });
    expect(dutyQuery('unmet')).toEqual({ met: false });
    expect(dutyQuery('PENDING')).toEqual({ result: 'PENDING' });
    expect(dutyQuery('all')).toEqual({});
    expect(dutyQuery('nonsense')).toEqual({});
    expect(dutyQuery(undefined)).toEqual({});
  });
});
