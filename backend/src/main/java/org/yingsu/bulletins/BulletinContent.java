package org.yingsu.bulletins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.metrics.ComplianceFlag;
import org.yingsu.metrics.MetricsGroup;

/**
 * Everything a quarterly bulletin says, as it is stored when published ({@link #FORMAT}) and as the preview shows it:
 * the prose of each section, already written, and the tables behind it. The PDF, the workbook and the web page all
 * render this one record, so that they agree with each other and never recompute a published bulletin. Rates are
 * unrounded fractions, {@code null} when their denominator is 0; people see one decimal.
 */
@Schema(name = "BulletinContent")
record BulletinContent(
        @Schema(example = FORMAT) String format,
        int year,
        int quarter,
        @Schema(example = "2022-Q4") String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(example = "重庆市渝北区司法局") String issuer,
        @Schema(example = "关于2022年第四季度全区行政机关负责人出庭应诉情况的通报") String title,
        @Schema(description = "主送: to whom it is sent") String addressees,
        @Schema(description = "The appearance rate every agency must reach", example = "0.9") double threshold,
        @Schema(description = "Assessment points deducted per unjustified absence") BigDecimal pointsPerUnjustifiedAbsence,
        @Schema(description = "The text, section by section; each section's table is the list its key names")
        List<Section> sections,
        List<GroupLine> groups,
        @Schema(description = "Agencies with cases heard, except the district government (reported on its own)")
        List<RankingLine> ranking,
        List<AgencyRate> belowThreshold,
        @Schema(description = "Agencies with cases heard and none with the head: due an interview (约谈, R7)")
        List<AgencyRate> zeroRate,
        List<AbsenceLine> unjustifiedAbsences,
        List<FlagLine> flagged,
        @Schema(description = "Referrals (追责) sent in the quarter; absent from bulletins published before they were "
                + "listed", nullable = true)
        List<ReferralLine> referrals) {

    public static final String FORMAT = "yingsu-bulletin/1";

    /** The sections in the order they are printed; each names the table that follows its text, if any. */
    public enum SectionKey {
        OVERVIEW, RANKING, BELOW_THRESHOLD, ZERO_RATE, UNJUSTIFIED_ABSENCES, FLAGS, REFERRALS, REQUIREMENTS
    }

    @Schema(name = "BulletinSection")
    public record Section(SectionKey key, @Schema(example = "一、总体情况") String heading, List<String> paragraphs) {
    }

    @Schema(name = "BulletinGroupLine", description = "A group's figures, recomputed from its agencies' counts")
    public record GroupLine(
            MetricsGroup group,
            @Schema(example = "区政府部门和镇街") String label,
            long noticesReceived,
            long noticesAttendedByHead,
            @Schema(nullable = true) Double noticeAppearanceRate,
            @Schema(nullable = true) Double noticeAppearanceRateChangePp,
            long casesHeard,
            long casesHeardWithHead,
            @Schema(nullable = true) Double appearanceRate,
            @Schema(nullable = true) Double previousAppearanceRate,
            @Schema(nullable = true) Double appearanceRateChangePp,
            long mandatoryCasesHeard,
            long mandatoryCasesHeardWithHead,
            @Schema(nullable = true) Double mandatoryAppearanceRate,
            long casesConcluded,
            long decisionsChanged,
            @Schema(nullable = true) Double lossRate) {
    }

    @Schema(name = "BulletinRankingLine", description = "Equal rates as printed (one decimal) share a rank")
    public record RankingLine(
            int rank,
            String agencyCode,
            String agencyName,
            AgencyKind agencyKind,
            long casesHeard,
            long casesHeardWithHead,
            double appearanceRate,
            @Schema(nullable = true) Double appearanceRateChangePp,
            List<ComplianceFlag> flags) {
    }

    @Schema(name = "BulletinAgencyRate")
    public record AgencyRate(
            String agencyCode,
            String agencyName,
            AgencyKind agencyKind,
            long casesHeard,
            long casesHeardWithHead,
            double appearanceRate) {
    }

    @Schema(name = "BulletinAbsenceLine", description = "A case heard without the agency's head and without a "
            + "justification (R5), named with its held hearings in the quarter")
    public record AbsenceLine(
            String agencyCode,
            String agencyName,
            String court,
            String caseNumber,
            @Schema(nullable = true) String causeOfAction,
            boolean mandatory,
            List<LocalDate> hearingDates,
            @Schema(description = "Assessment points deducted for it") BigDecimal points) {
    }

    @Schema(name = "BulletinFlagLine", description = "An agency with something the bureau must act on")
    public record FlagLine(
            String agencyCode,
            String agencyName,
            List<ComplianceFlag> flags,
            @Schema(description = "The flags as printed", example = "出庭不出声、通知送达不足三日") String flagNames,
            @Schema(description = "What happened, in a sentence", example = "出庭不出声1次；通知送达不足三日1件")
            String details) {
    }

    @Schema(name = "BulletinReferralLine", description = "A referral the bureau sent in the quarter, as printed")
    public record ReferralLine(
            String agencyCode,
            String agencyName,
            @Schema(example = "局长王某") String officials,
            @Schema(example = "无正当理由不出庭应诉") String ground,
            String caseNumbers,
            String number,
            LocalDate sentOn,
            @Schema(description = "The body's decision, or that it is awaited", example = "诫勉谈话") String decision) {
    }
}
