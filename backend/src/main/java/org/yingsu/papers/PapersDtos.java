package org.yingsu.papers;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.litigation.vocabulary.AppearanceSource;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;

final class PapersDtos {

    private PapersDtos() {
    }

    @Schema(name = "PapersCheckItem", description = "One item of the papers check, resolved where it lives: an "
            + "appearance's identity proof on the case's page (appearanceId), a delegation's papers or review on the "
            + "delegation (delegationId)")
    public record PapersCheckItem(
            PapersCheckKind kind,
            String agencyCode,
            String agencyName,
            long caseId,
            String court,
            String caseNumber,
            long hearingId,
            @Schema(description = "The hearing's Asia/Shanghai date") LocalDate hearingDate,
            @Schema(description = "Whole days from the hearing's date to today (Asia/Shanghai)") long ageDays,
            @Schema(description = "PENDING_IDENTITY only: pending for longer than the configured days, which raises "
                    + "the PENDING_IDENTITY flag in the figures") boolean overdue,
            @Schema(description = "Who: the official who appeared, or the delegate") String officialCode,
            String officialName,
            String officialTitle,
            OfficialRole officialRole,
            @Schema(nullable = true) Long appearanceId,
            @Schema(nullable = true) AppearanceSource source,
            @Schema(nullable = true) Long delegationId,
            @Schema(nullable = true) DelegationStatus delegationStatus,
            @Schema(nullable = true) CourtFinding courtFinding) {
    }

    @Schema(name = "PapersCheckPage", description = "A page of the papers check, with the configured days after "
            + "which a pending proof is overdue")
    public record PapersCheckPage(java.util.List<PapersCheckItem> items, int page, int size, long total,
            int pendingIdentityDays) {
    }
}
