package org.yingsu.assessment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.metrics.Absence.AbsentHearing;

final class AssessmentDtos {

    private AssessmentDtos() {
    }

    @Schema(name = "AssessmentCause", description = "An unjustified absence: a case heard without the agency's head "
            + "and without an approved (or pending) delegation filed in time, with its held hearings of the year")
    public record Cause(long caseId, String court, String caseNumber, @Schema(nullable = true) String causeOfAction,
            boolean mandatory,
            List<AbsentHearing> hearings, BigDecimal points) {
    }

    @Schema(name = "AgencyAssessment")
    public record AgencyAssessment(String agencyCode, String agencyName, AgencyKind agencyKind,
            long unjustifiedAbsences,
            @Schema(description = "unjustifiedAbsences × pointsPerUnjustifiedAbsence; equals the figures' "
                    + "assessmentDeduction") BigDecimal deduction,
            List<Cause> causes) {
    }

    @Schema(name = "Assessment", description = "考核: the points deducted per agency in a year (R7), first-instance "
            + "cases as in the figures, every deduction with its cause")
    public record Assessment(int year, BigDecimal pointsPerUnjustifiedAbsence,
            @Schema(description = "Whether the bureau set the points for this year (else the configured default)")
            boolean pointsSetByBureau,
            long unjustifiedAbsences, BigDecimal totalDeduction, List<AgencyAssessment> agencies) {
    }

    @Schema(name = "AssessmentPoints")
    public record PointsResponse(int year, BigDecimal points,
            @Schema(description = "Whether the bureau set the points for this year (else the configured default)")
            boolean setByBureau, long version) {
    }

    /**
     * Out-of-range points are refused with the field named, never brought into range. The range is DecimalMin's and
     * DecimalMax's alone: Digits limits the decimals only (its integer bound lies beyond the maximum), so that 1000
     * gets the one message that says what is wrong with it.
     */
    @Schema(name = "AssessmentPointsUpdate")
    public record PointsUpdate(
            @NotNull(message = "请填写每件扣分")
            @DecimalMin(value = "0", message = "每件扣分不能小于 0 分")
            @DecimalMax(value = "100", message = "每件扣分不能大于 100 分")
            @Digits(integer = 9, fraction = 2, message = "每件扣分最多保留两位小数")
            @Schema(example = "2", minimum = "0", maximum = "100") BigDecimal points) {
    }

    @Schema(name = "AssessmentPointsChange", description = "One change of a year's points: who, when, old → new")
    public record PointsChange(long id, int year, BigDecimal oldPoints,
            @Schema(description = "Whether the old value was the bureau's (else the configured default)")
            boolean oldSetByBureau,
            BigDecimal newPoints,
            @Schema(nullable = true, description = "Who changed it (a person's or an API token's name); null when "
                    + "the system did") String changedByName,
            OffsetDateTime changedAt) {
    }
}
