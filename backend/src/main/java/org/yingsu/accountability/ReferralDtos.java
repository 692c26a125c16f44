package org.yingsu.accountability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.vocabulary.HearingStatus;

public final class ReferralDtos {

    private ReferralDtos() {
    }

    @Schema(name = "ReferralInput", description = "A referral as the bureau drafts it; also what a prefill answers")
    public record ReferralInput(
            @NotNull ReferralGround ground,
            @NotBlank @Size(max = 64) String agencyCode,
            @Schema(description = "For JUDICIAL_RECOMMENDATION: the recommendation it follows") Long recommendationId,
            @Schema(description = "For MISCONDUCT_AT_HEARING: the silent or left-early appearance") Long appearanceId,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> officialCodes,
            @Size(max = 50) List<@NotNull Long> caseIds,
            @Size(max = 100) List<@NotNull Long> hearingIds,
            @NotBlank @Size(max = 200) @Schema(example = "中共重庆市渝北区纪律检查委员会、重庆市渝北区监察委员会")
            String referredTo,
            @NotBlank @Size(min = 10, max = 20000) String facts) {
    }

    @Schema(name = "ReferralSend")
    public record ReferralSend(
            @NotBlank @Size(max = 100) @Schema(example = "渝北司法函〔2022〕15号") String number,
            @NotNull LocalDate sentOn) {
    }

    @Schema(name = "ReferralAnswer", description = "The competent body's reply")
    public record ReferralAnswer(@NotNull ReferralDecision decision, @NotNull LocalDate answeredOn,
            @Size(max = 20000) String detail) {
    }

    @Schema(name = "ReferralWithdrawal")
    public record ReferralWithdrawal(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "ReferralOfficial")
    public record OfficialLine(String code, String name, @Schema(nullable = true) String title, OfficialRole role) {
    }

    @Schema(name = "ReferralCase")
    public record CaseLine(long id, String court, String caseNumber, @Schema(nullable = true) String causeOfAction) {
    }

    @Schema(name = "ReferralHearing")
    public record HearingLine(long id, long caseId, String caseNumber, OffsetDateTime scheduledAt,
            HearingStatus status) {
    }

    @Schema(name = "AccountabilityReferral")
    public record ReferralResponse(long id, String agencyCode, String agencyName, ReferralGround ground,
            @Schema(nullable = true) Long recommendationId, @Schema(nullable = true) String recommendationNumber,
            @Schema(nullable = true) Long appearanceId, List<OfficialLine> officials,
            List<CaseLine> cases, List<HearingLine> hearings, String referredTo, String facts,
            ReferralStatus status, LocalDate draftedOn, @Schema(nullable = true) String number,
            @Schema(nullable = true) LocalDate sentOn, @Schema(nullable = true) ReferralDecision decision,
            @Schema(nullable = true) String decisionDetail, @Schema(nullable = true) LocalDate answeredOn,
            @Schema(nullable = true) String withdrawalReason, @Schema(nullable = true) LocalDate withdrawnOn,
            long version) {

        static ReferralResponse of(AccountabilityReferral r) {
            return new ReferralResponse(r.id, r.agency.code, r.agency.name, r.ground,
                    r.recommendation == null ? null : r.recommendation.id,
                    r.recommendation == null ? null : r.recommendation.number,
                    r.appearance == null ? null : r.appearance.id,
                    r.officials.stream().sorted(Comparator.comparing(o -> o.code))
                            .map(o -> new OfficialLine(o.code, o.name, o.title, o.role)).toList(),
                    r.cases.stream().sorted(Comparator.comparing(c -> c.id))
                            .map(c -> new CaseLine(c.id, c.court, c.caseNumber, c.causeOfAction)).toList(),
                    r.hearings.stream().sorted(Comparator.comparing(h -> h.scheduledAt))
                            .map(h -> new HearingLine(h.id, h.litigationCase.id, h.litigationCase.caseNumber,
                                    Shanghai.local(h.scheduledAt), h.status)).toList(),
                    r.referredTo, r.facts, r.status, r.draftedOn, r.number, r.sentOn, r.decision, r.decisionDetail,
                    r.answeredOn, r.withdrawalReason, r.withdrawnOn, r.version);
        }
    }

    /** A sent referral as other features list it (the quarterly bulletin). */
    public record SentReferral(String agencyCode, String agencyName, String officials, ReferralGround ground,
            String caseNumbers, String number, LocalDate sentOn, ReferralStatus status, ReferralDecision decision) {
    }
}
