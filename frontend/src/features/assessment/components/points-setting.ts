/** What the form says about a value of the points per unjustified absence, before the server is asked. */
export type PointsProblem = 'required' | 'belowZero' | 'aboveHundred' | 'tooPrecise';

export function pointsProblem(value: number | null | undefined): PointsProblem | undefined {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return 'required';
  }
  if (value < 0) {
    return 'belowZero';
  }
  if (value > 100) {
    return 'aboveHundred';
  }
  if (Math.round(value * 100) !== value * 100) {
    return 'tooPrecise';
  }
  return undefined;
}

/** Two decimals, without trailing zeros: 2.5, not 2.50. */
function points(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The year's deduction before and after a change of the points, for the confirmation. */
export function pointsEffect(unjustifiedAbsences: number, before: number, after: number) {
  return {
    before: points(before),
    after: points(after),
    totalBefore: points(unjustifiedAbsences * before),
    totalAfter: points(unjustifiedAbsences * after),
  };
}
