/** The gravest first: what the bureau must act on comes before what it should note. */
export const FLAG_ORDER = [
  'ZERO_RATE_INTERVIEW',
  'NO_ONE_APPEARED',
  'MANDATORY_MISSED',
  'UNJUSTIFIED_ABSENCE',
  'BELOW_THRESHOLD',
  'LEFT_EARLY',
  'SILENT_APPEARANCE',
  'LATE_NOTICE',
  'PENDING_IDENTITY',
] as const;

export function sortFlags(flags: readonly string[] | undefined): string[] {
  const rank = (flag: string) => {
    const index = (FLAG_ORDER as readonly string[]).indexOf(flag);
    return index < 0 ? FLAG_ORDER.length : index;
  };
  return [...(flags ?? [])].sort((a, b) => rank(a) - rank(b));
}
