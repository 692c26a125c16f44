import { describe, expect, it } from 'vitest';
import { toNamePath } from './form-errors';

describe('toNamePath', () => {
  it('turns a problem field path into an antd name path', () => {
    expect(toNamePath('reason')).toEqual(['reason']);
    expect(toNamePath('cases[12].hearings[0].appearances[0].officialCode')).toEqual([
      'cases',
      12,
      'hearings',
      0,
      'appearances',
      0,
      'officialCode',
    ]);
  });
});
