package org.yingsu.litigation.rules;

import java.time.LocalDate;

/** R3: a notice should reach the agency at least three days before the hearing; a later one is accepted and flagged. */
public final class NoticeLeadTime {

    public static final int MINIMUM_DAYS = 3;

    private NoticeLeadTime() {
    }

    /** {@code LATE_NOTICE}: served fewer than three days before the hearing's date (both Asia/Shanghai dates). */
    public static boolean isLate(LocalDate servedOn, LocalDate hearingDate) {
        return servedOn.isAfter(hearingDate.minusDays(MINIMUM_DAYS));
    }
}
