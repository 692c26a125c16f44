package org.yingsu.metrics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.AgencyKind;

/**
 * A duty of the period (docs/domain.md §4): one case heard by one defendant agency, counted once in {@code casesHeard};
 * met when the head appeared, else an absence of its class. The rows behind the case figures, so that a figure
 * opens the list it counts.
 */
@Schema(name = "HeardDuty")
public record HeardDuty(String agencyCode, String agencyName, AgencyKind agencyKind, long caseId, String court,
        String caseNumber, @Schema(nullable = true) String causeOfAction, boolean mandatory,
        @Schema(description = "BASE (the case's first held hearing) or RENEWED (a later hearing notified again after "
                + "the head had appeared, art. 7)") String kind,
        @Schema(description = "The day the duty belongs to: its hearing's date (Asia/Shanghai)") LocalDate dutyDate,
        long hearingId, OffsetDateTime scheduledAt, DutyResult result,
        @Schema(description = "The held hearings whose delegations class it, when it is an absence")
        List<Absence.AbsentHearing> hearings) {
}
