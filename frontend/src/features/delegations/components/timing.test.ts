import { describe, expect, it } from 'vitest';
import { timingVerdict } from './timing';

describe('timingVerdict', () => {
  it('counts a delegation filed by the hearing’s date', () => {
    expect(timingVerdict({ late: false, courtFinding: null })).toBe('inTime');
    expect(timingVerdict({ late: false, courtFinding: 'ACCEPTED' })).toBe('inTime');
  });

  it('says a late one stays unjustified', () => {
    expect(timingVerdict({ late: true, courtFinding: null })).toBe('late');
  });

  it('puts the court’s refusal first, whatever the timing', () => {
    expect(timingVerdict({ late: false, courtFinding: 'NOT_ACCEPTED' })).toBe('courtRefused');
    expect(timingVerdict({ late: true, courtFinding: 'NOT_ACCEPTED' })).toBe('courtRefused');
  });
});
