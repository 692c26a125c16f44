package org.yingsu.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When an identity proof left {@code PENDING} after the hearing is overdue (papers check, SPC art. 6): more than the
 * configured days have passed since the hearing's Asia/Shanghai date. The figures' {@code PENDING_IDENTITY} flag and
 * the papers check both ask this class, the first through {@link #overdueBefore}, the second through
 * {@link #overdue}.
 */
public final class PendingIdentity {

    private PendingIdentity() {
    }

    /** Whole days from the hearing's date to today, both Asia/Shanghai calendar dates (R8). */
    public static long ageDays(LocalDate hearingDate, LocalDate today) {
        return ChronoUnit.DAYS.between(hearingDate, today);
    }

    /** Hearings dated before this day have their pending proofs overdue. */
    public static LocalDate overdueBefore(LocalDate today, int days) {
        return today.minusDays(days);
    }

    public static boolean overdue(LocalDate hearingDate, LocalDate today, int days) {
        return hearingDate.isBefore(overdueBefore(today, days));
    }
}
