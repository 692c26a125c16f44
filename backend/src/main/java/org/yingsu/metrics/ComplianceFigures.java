package org.yingsu.metrics;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.AgencyKind;

/**
 * The figures of docs/domain.md §4 for an agency (with {@code agencyCode}, {@code agencyName}, {@code agencyKind}) or a group
 * (with {@code group}). Rates are unrounded fractions, {@code null} when their denominator is 0.
 */
@Schema(name = "ComplianceFigures")
public record ComplianceFigures(
        @Schema(nullable = true, description = "null for a group", example = "YB-GOV") String agencyCode,
        @Schema(nullable = true, example = "重庆市渝北区人民政府") String agencyName,
        @Schema(nullable = true) AgencyKind agencyKind,
        @Schema(nullable = true, description = "null for an agency") MetricsGroup group,
        long noticesReceived,
        long noticesAttendedByHead,
        @Schema(description = "noticesAttendedByHead / noticesReceived", nullable = true) Double noticeAppearanceRate,
        @Schema(nullable = true) Double previousNoticeAppearanceRate,
        @Schema(description = "(rate − previous) × 100", nullable = true) Double noticeAppearanceRateChangePp,
        long casesHeard,
        long casesHeardWithHead,
        @Schema(description = "出庭应诉率: casesHeardWithHead / casesHeard", nullable = true) Double appearanceRate,
        @Schema(nullable = true) Double previousAppearanceRate,
        @Schema(description = "(rate − previous) × 100", nullable = true) Double appearanceRateChangePp,
        long mandatoryCasesHeard,
        long mandatoryCasesHeardWithHead,
        @Schema(nullable = true) Double mandatoryAppearanceRate,
        long casesConcluded,
        long decisionsChanged,
        @Schema(description = "败诉率: decisionsChanged / casesConcluded", nullable = true) Double lossRate,
        long resolvedByCoordination,
        long justifiedAbsences,
        long pendingAbsences,
        long unjustifiedAbsences,
        long silentAppearances,
        long leftEarlyAppearances,
        long noOneAppeared,
        long lateNotices,
        long judicialRecommendations,
        @Schema(description = "Identity proofs of the period's hearings still PENDING more than the configured days "
                + "after the hearing (as of today); each still counts as the head's appearance")
        long pendingIdentityProofs,
        @Schema(description = "unjustifiedAbsences × the configured points") BigDecimal assessmentDeduction,
        List<ComplianceFlag> flags) {
}
