package org.yingsu.litigation.delegations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.common.http.ReadBack;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.rules.DelegationRules;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.ReasonCategory;

public final class DelegationDtos {

    private static final String REASON_MESSAGE = "must explain specifically why the head cannot appear "
            + "(at least " + DelegationRules.MINIMUM_REASON_LENGTH + " characters)";

    private DelegationDtos() {
    }

    @Schema(name = "DelegationCreate", description = "Filed today; the bureau reviews it")
    public record DelegationCreate(
            @NotNull Long hearingId,
            @NotBlank @Size(max = 64) String agencyCode,
            @NotNull ReasonCategory reasonCategory,
            @NotNull @Size(min = DelegationRules.MINIMUM_REASON_LENGTH, max = 2000, message = REASON_MESSAGE)
            @Schema(example = "区长于当日出席市政府常务会议，需要履行他人不能代替的公务") String reason,
            @NotBlank @Size(max = 64) @Schema(description = "Corresponding staff of the agency (R4): its own staff member, or anyone but a "
                    + "lawyer of a body under it")
            String delegateOfficialCode) {
    }

    @ReadBack(DelegationResponse.class)
    @Schema(name = "DelegationUpdate", description = "Only while the delegation awaits review")
    public record DelegationUpdate(
            @NotNull ReasonCategory reasonCategory,
            @NotNull @Size(min = DelegationRules.MINIMUM_REASON_LENGTH, max = 2000, message = REASON_MESSAGE) String reason,
            @NotBlank @Size(max = 64) String delegateOfficialCode) {
    }

    /** The bureau's decision. */
    public enum ReviewDecision {
        APPROVED, REJECTED
    }

    @Schema(name = "DelegationReview")
    public record DelegationReview(
            @NotNull ReviewDecision decision,
            @Size(max = 2000) @Schema(description = "Required when rejecting") String comment) {
    }

    @Schema(name = "Delegation")
    public record DelegationResponse(long id, long hearingId, long caseId, String caseNumber,
            OffsetDateTime hearingScheduledAt, String agencyCode, String agencyName, ReasonCategory reasonCategory,
            String reason, String delegateOfficialCode, String delegateName, LocalDate filedOn,
            @Schema(description = "R5: filed after the hearing's date; it cannot justify the absence")
            boolean late,
            DelegationStatus status, @Schema(nullable = true) String reviewComment,
            @Schema(nullable = true) OffsetDateTime reviewedAt,
            @Schema(nullable = true, description = "The court's finding on the explanation (art. 9): NOT_ACCEPTED "
                    + "counts as not approved whatever the bureau decided") CourtFinding courtFinding,
            @Schema(description = "Its delegation letter or evidence is attached (art. 9); approving needs it")
            boolean papersAttached,
            long version) {

        static DelegationResponse of(Delegation d, boolean papersAttached) {
            return new DelegationResponse(d.id, d.hearing.id, d.hearing.litigationCase.id,
                    d.hearing.litigationCase.caseNumber, Shanghai.local(d.hearing.scheduledAt), d.agency.code,
                    d.agency.name, d.reasonCategory, d.reason, d.delegate.code, d.delegate.name, d.filedOn,
                    d.isLate(), d.status, d.reviewComment, Shanghai.local(d.reviewedAt), d.courtFinding, papersAttached,
                    d.version);
        }
    }
}
