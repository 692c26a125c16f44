package org.yingsu.warnings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.common.time.Shanghai;

public final class WarningDtos {

    private WarningDtos() {
    }

    @Schema(name = "HeadConfirmationRequest", description = "Names the head who will appear; replaces an earlier one")
    public record ConfirmationRequest(@NotNull Long hearingId, @NotBlank @Size(max = 64) String agencyCode,
            @NotBlank @Size(max = 64) String officialCode) {
    }

    @Schema(name = "HeadConfirmation")
    public record ConfirmationResponse(long id, long hearingId, long caseId, String caseNumber,
            OffsetDateTime scheduledAt, String agencyCode, String officialCode, String officialName, long version) {

        static ConfirmationResponse of(HeadConfirmation c) {
            return new ConfirmationResponse(c.id, c.hearing.id, c.hearing.litigationCase.id,
                    c.hearing.litigationCase.caseNumber, Shanghai.local(c.hearing.scheduledAt), c.agency.code,
                    c.official.code, c.official.name, c.version);
        }
    }

    @Schema(name = "HearingWarning", description = "出庭预警: a hearing soon, for which the agency has neither a "
            + "confirmed head nor a filed delegation")
    public record WarningResponse(long id, long hearingId, long caseId, String court, String caseNumber,
            OffsetDateTime scheduledAt, String agencyCode, String agencyName, OffsetDateTime raisedAt,
            @Schema(nullable = true) OffsetDateTime resolvedAt, boolean open) {
    }

    @Schema(name = "WarningRefresh")
    public record RefreshResult(
            @Schema(description = "false when another instance was refreshing at the same moment") boolean ran,
            int raised, int resolved, int open) {
    }
}
