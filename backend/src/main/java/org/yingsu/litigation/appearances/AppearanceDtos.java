package org.yingsu.litigation.appearances;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.common.http.ReadBack;
import org.yingsu.litigation.vocabulary.AppearanceSource;
import org.yingsu.litigation.vocabulary.IdentityStatus;

public final class AppearanceDtos {

    private AppearanceDtos() {
    }

    @Schema(name = "AppearanceCreate")
    public record AppearanceCreate(
            @NotNull Long hearingId,
            @NotBlank @Size(max = 64) String officialCode,
            @NotNull @Schema(description = "出声: stated the case, answered, debated") Boolean spoke,
            @Schema(description = "Left without the court's leave; false when omitted") Boolean leftEarly,
            @Schema(description = "VERIFIED when omitted") IdentityStatus identityStatus,
            @Schema(description = "The defendant the official appeared for; the official's own agency when omitted. "
                    + "An official of a lower-level or entrusted body, or for a government of the bureau or the "
                    + "handling department, stands for it as corresponding staff (R4), never as its head")
            @Size(max = 64) String agencyCode) {
    }

    @ReadBack(AppearanceResponse.class)
    @Schema(name = "AppearanceUpdate")
    public record AppearanceUpdate(@NotNull Boolean spoke, @NotNull Boolean leftEarly,
            @NotNull IdentityStatus identityStatus) {
    }

    @Schema(name = "Appearance")
    public record AppearanceResponse(long id, long hearingId, long caseId, String caseNumber, String agencyCode,
            String officialCode, String officialName, OfficialRole officialRole, AppearanceSource source,
            boolean spoke, boolean leftEarly, IdentityStatus identityStatus,
            @Schema(description = "R1: a head valid on the hearing's date whose identity proof was not rejected")
            boolean countsAsHead,
            @Schema(description = "R6: SILENT_APPEARANCE, LEFT_EARLY") List<String> flags,
            long version) {

        public static AppearanceResponse of(Appearance a) {
            return new AppearanceResponse(a.id, a.hearing.id, a.hearing.litigationCase.id,
                    a.hearing.litigationCase.caseNumber, a.agency.code, a.official.code, a.official.name,
                    a.official.role, a.source, a.spoke, a.leftEarly, a.identityStatus, a.countsAsHead(), a.flags(),
                    a.version);
        }
    }
}
