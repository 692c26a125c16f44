package org.yingsu.metrics;

/**
 * How a case heard without the agency's head is classed (R5, docs/domain.md §4). The gathering SQL applies the same precedence
 * set-wise; this is its statement in Java, tested on its own.
 */
public enum AbsenceClass {
    JUSTIFIED, PENDING, UNJUSTIFIED;

    /**
     * @param approvedInTime an {@code APPROVED} delegation filed on or before its hearing's date exists
     * @param submittedInTime a {@code SUBMITTED} (not yet reviewed) one filed on or before its hearing's date exists
     */
    public static AbsenceClass of(boolean approvedInTime, boolean submittedInTime) {
        if (approvedInTime) {
            return JUSTIFIED;
        }
        return submittedInTime ? PENDING : UNJUSTIFIED;
    }
}
