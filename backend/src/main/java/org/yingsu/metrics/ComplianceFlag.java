package org.yingsu.metrics;

import org.yingsu.common.text.Labelled;

/** What the bureau must act on (docs/domain.md §4, R6, R7); each is raised when its count is above zero. */
public enum ComplianceFlag implements Labelled {
    BELOW_THRESHOLD,
    ZERO_RATE_INTERVIEW,
    MANDATORY_MISSED,
    UNJUSTIFIED_ABSENCE,
    SILENT_APPEARANCE,
    LEFT_EARLY,
    NO_ONE_APPEARED,
    LATE_NOTICE,
    PENDING_IDENTITY;
}
