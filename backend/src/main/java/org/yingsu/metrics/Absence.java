package org.yingsu.metrics;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.AgencyKind;

/**
 * A case the agency defends that was heard in the period without its head (docs/domain.md §4), classed per R5, with the held
 * hearings of the period that make it one: the cause behind an absence figure, an assessment deduction or a name in
 * a bulletin.
 */
@Schema(name = "Absence")
public record Absence(String agencyCode, String agencyName, AgencyKind agencyKind, long caseId, String court,
        String caseNumber, @Schema(nullable = true) String causeOfAction, boolean mandatory, AbsenceClass absenceClass,
        List<AbsentHearing> hearings) {

    @Schema(name = "AbsentHearing")
    public record AbsentHearing(long hearingId, OffsetDateTime scheduledAt) {
    }
}
