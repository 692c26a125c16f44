import { describe, expect, it } from 'vitest';
import { pointsEffect, pointsProblem } from './points-setting';

describe('pointsProblem', () => {
  it('refuses what the server refuses instead of bringing it into range', () => {
    expect(pointsProblem(-3)).toBe('belowZero');
    expect(pointsProblem(1000)).toBe('aboveHundred');
    expect(pointsProblem(100.01)).toBe('aboveHundred');
    expect(pointsProblem(1.234)).toBe('tooPrecise');
    expect(pointsProblem(undefined)).toBe('required');
    expect(pointsProblem(null)).toBe('required');
  });

  it('accepts 0 to 100 with two decimals', () => {
    expect(pointsProblem(0)).toBeUndefined();
    expect(pointsProblem(2.5)).toBeUndefined();
    expect(pointsProblem(0.15)).toBeUndefined();
    expect(pointsProblem(100)).toBeUndefined();
  });
});

describe('pointsEffect', () => {
  it('states the year total before and after', () => {
    expect(pointsEffect(10, 2, 3)).toEqual({ before: 2, after: 3, totalBefore: 20, totalAfter: 30 });
    expect(pointsEffect(3, 0.1, 0.2)).toEqual({ before: 0.1, after: 0.2, totalBefore: 0.3, totalAfter: 0.6 });
  });
});
