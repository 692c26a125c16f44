package org.yingsu.metrics;

/**
 * The raw counts of docs/domain.md §4 for one agency (or a group) and one period, as gathered from the database. Everything
 * else in the figures is derived from these.
 */
public record ComplianceCounts(
        long noticesReceived,
        long noticesAttendedByHead,
        long casesHeard,
        long casesHeardWithHead,
        long mandatoryCasesHeard,
        long mandatoryCasesHeardWithHead,
        long casesConcluded,
        long decisionsChanged,
        long resolvedByCoordination,
        long justifiedAbsences,
        long pendingAbsences,
        long unjustifiedAbsences,
        long silentAppearances,
        long leftEarlyAppearances,
        long noOneAppeared,
        long lateNotices,
        long judicialRecommendations,
        long pendingIdentityProofs) {

    public static final ComplianceCounts ZERO = new ComplianceCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0);

    public ComplianceCounts plus(ComplianceCounts o) {
        return new ComplianceCounts(
                noticesReceived + o.noticesReceived,
                noticesAttendedByHead + o.noticesAttendedByHead,
                casesHeard + o.casesHeard,
                casesHeardWithHead + o.casesHeardWithHead,
                mandatoryCasesHeard + o.mandatoryCasesHeard,
                mandatoryCasesHeardWithHead + o.mandatoryCasesHeardWithHead,
                casesConcluded + o.casesConcluded,
                decisionsChanged + o.decisionsChanged,
                resolvedByCoordination + o.resolvedByCoordination,
                justifiedAbsences + o.justifiedAbsences,
                pendingAbsences + o.pendingAbsences,
                unjustifiedAbsences + o.unjustifiedAbsences,
                silentAppearances + o.silentAppearances,
                leftEarlyAppearances + o.leftEarlyAppearances,
                noOneAppeared + o.noOneAppeared,
                lateNotices + o.lateNotices,
                judicialRecommendations + o.judicialRecommendations,
                pendingIdentityProofs + o.pendingIdentityProofs);
    }

    /** Cases heard without a head; each is classed as exactly one of the three absences. */
    public long absences() {
        return casesHeard - casesHeardWithHead;
    }
}
