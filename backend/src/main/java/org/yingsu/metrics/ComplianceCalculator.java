package org.yingsu.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yingsu.agencies.AgencyKind;

/**
 * Turns gathered counts into the figures of docs/domain.md §4: rates, year-over-year changes, deductions, flags, and group
 * figures recomputed from summed counts. Plain Java so every definition can be tested without a database.
 */
public final class ComplianceCalculator {

    /** One agency's counts for the period and for the same period a year earlier. */
    public record AgencyCounts(String code, String name, AgencyKind kind, ComplianceCounts current,
            ComplianceCounts previous) {
    }

    private final double threshold;
    private final BigDecimal pointsPerUnjustifiedAbsence;

    public ComplianceCalculator(double threshold, BigDecimal pointsPerUnjustifiedAbsence) {
        this.threshold = threshold;
        this.pointsPerUnjustifiedAbsence = pointsPerUnjustifiedAbsence;
    }

    public double threshold() {
        return threshold;
    }

    public static Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    public static Double changePp(Double rate, Double previous) {
        return rate == null || previous == null ? null : (rate - previous) * 100;
    }

    public BigDecimal deduction(ComplianceCounts counts) {
        return pointsPerUnjustifiedAbsence.multiply(BigDecimal.valueOf(counts.unjustifiedAbsences()));
    }

    public List<ComplianceFlag> flags(ComplianceCounts c) {
        List<ComplianceFlag> flags = new ArrayList<>();
        Double appearanceRate = rate(c.casesHeardWithHead(), c.casesHeard());
        if (appearanceRate != null && appearanceRate < threshold) {
            flags.add(ComplianceFlag.BELOW_THRESHOLD);
        }
        if (c.casesHeard() > 0 && c.casesHeardWithHead() == 0) {
            flags.add(ComplianceFlag.ZERO_RATE_INTERVIEW);
        }
        if (c.mandatoryCasesHeardWithHead() < c.mandatoryCasesHeard()) {
            flags.add(ComplianceFlag.MANDATORY_MISSED);
        }
        addIfPositive(flags, c.unjustifiedAbsences(), ComplianceFlag.UNJUSTIFIED_ABSENCE);
        addIfPositive(flags, c.silentAppearances(), ComplianceFlag.SILENT_APPEARANCE);
        addIfPositive(flags, c.leftEarlyAppearances(), ComplianceFlag.LEFT_EARLY);
        addIfPositive(flags, c.noOneAppeared(), ComplianceFlag.NO_ONE_APPEARED);
        addIfPositive(flags, c.lateNotices(), ComplianceFlag.LATE_NOTICE);
        addIfPositive(flags, c.pendingIdentityProofs(), ComplianceFlag.PENDING_IDENTITY);
        return List.copyOf(flags);
    }

    public ComplianceFigures agency(AgencyCounts agency) {
        return figures(agency.code(), agency.name(), agency.kind(), null, agency.current(), agency.previous());
    }

    /** Every group, in declaration order, from the sums of its agencies' counts — never from their rates. */
    public List<ComplianceFigures> groups(List<AgencyCounts> agencies) {
        Map<MetricsGroup, ComplianceCounts[]> sums = new EnumMap<>(MetricsGroup.class);
        for (MetricsGroup group : MetricsGroup.values()) {
            sums.put(group, new ComplianceCounts[] {ComplianceCounts.ZERO, ComplianceCounts.ZERO});
        }
        for (AgencyCounts agency : agencies) {
            for (MetricsGroup group : MetricsGroup.values()) {
                if (group.includes(agency.kind())) {
                    ComplianceCounts[] sum = sums.get(group);
                    sum[0] = sum[0].plus(agency.current());
                    sum[1] = sum[1].plus(agency.previous());
                }
            }
        }
        List<ComplianceFigures> figures = new ArrayList<>();
        sums.forEach((group, sum) -> figures.add(figures(null, null, null, group, sum[0], sum[1])));
        return figures;
    }

    private ComplianceFigures figures(String code, String name, AgencyKind kind, MetricsGroup group,
            ComplianceCounts c, ComplianceCounts previous) {
        Double noticeRate = rate(c.noticesAttendedByHead(), c.noticesReceived());
        Double previousNoticeRate = rate(previous.noticesAttendedByHead(), previous.noticesReceived());
        Double appearanceRate = rate(c.casesHeardWithHead(), c.casesHeard());
        Double previousAppearanceRate = rate(previous.casesHeardWithHead(), previous.casesHeard());
        return new ComplianceFigures(code, name, kind, group,
                c.noticesReceived(), c.noticesAttendedByHead(),
                noticeRate, previousNoticeRate, changePp(noticeRate, previousNoticeRate),
                c.casesHeard(), c.casesHeardWithHead(),
                appearanceRate, previousAppearanceRate, changePp(appearanceRate, previousAppearanceRate),
                c.mandatoryCasesHeard(), c.mandatoryCasesHeardWithHead(),
                rate(c.mandatoryCasesHeardWithHead(), c.mandatoryCasesHeard()),
                c.casesConcluded(), c.decisionsChanged(), rate(c.decisionsChanged(), c.casesConcluded()),
                c.resolvedByCoordination(),
                c.justifiedAbsences(), c.pendingAbsences(), c.unjustifiedAbsences(),
                c.silentAppearances(), c.leftEarlyAppearances(), c.noOneAppeared(), c.lateNotices(),
                c.judicialRecommendations(), c.pendingIdentityProofs(),
                deduction(c), flags(c));
    }

    private static void addIfPositive(List<ComplianceFlag> flags, long count, ComplianceFlag flag) {
        if (count > 0) {
            flags.add(flag);
        }
    }
}
