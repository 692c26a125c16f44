import { useMe, type Me, type Role } from './use-me';

/**
 * Who may change the records of a case, operation by operation, as the server's authorization matrix has it. The
 * server decides on every request; the screens use this only to offer each action to those who may take it.
 */
const ALLOWED = {
  createHearing: ['ADMIN', 'COURT'],
  updateHearing: ['ADMIN', 'COURT'],
  deleteHearing: ['ADMIN'],
  // An agency registers a notice it was served, for itself only.
  createNotice: ['ADMIN', 'AGENCY', 'COURT'],
  updateNotice: ['ADMIN', 'COURT'],
  deleteNotice: ['ADMIN'],
  putOutcome: ['ADMIN', 'COURT'],
  createDelegation: ['ADMIN', 'AGENCY'],
  // An agency edits or withdraws only its own delegation, and only before the bureau reviewed it.
  updateDelegation: ['ADMIN', 'AGENCY'],
  deleteDelegation: ['ADMIN', 'AGENCY'],
} as const satisfies Record<string, readonly Role[]>;

export type Operation = keyof typeof ALLOWED;

export function may(me: Me | null | undefined, operation: Operation): boolean {
  return !!me && (ALLOWED[operation] as readonly Role[]).includes(me.role);
}

/** Whether the caller acts for the agency: the bureau and the court for any, an agency for its own. */
export function actsFor(me: Me | null | undefined, agencyCode: string | undefined): boolean {
  if (!me || !agencyCode) return false;
  return me.role !== 'AGENCY' || me.agencyCode === agencyCode || (me.visibleAgencyCodes ?? []).includes(agencyCode);
}

/** The signed-in caller's {@link may}, for a component. */
export function useMay(): (operation: Operation) => boolean {
  const me = useMe().data;
  return (operation) => may(me, operation);
}
