package org.yingsu.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.metrics.ComplianceCalculator.AgencyCounts;

/** Each figure of docs/domain.md §4, definition by definition, with no database. */
class ComplianceCalculatorTests {

    private final ComplianceCalculator calculator = new ComplianceCalculator(0.9, BigDecimal.valueOf(2));

    /** Counts in the order of docs/domain.md §4's table. */
    private static ComplianceCounts counts(long notices, long noticesHead, long cases, long casesHead,
            long mandatory, long mandatoryHead, long concluded, long changed, long coordinated, long justified,
            long pending, long unjustified, long silent, long leftEarly, long noOne, long late, long recommendations) {
        return new ComplianceCounts(notices, noticesHead, cases, casesHead, mandatory, mandatoryHead, concluded,
                changed, coordinated, justified, pending, unjustified, silent, leftEarly, noOne, late,
                recommendations, 0);
    }

    private static ComplianceCounts heard(long cases, long withHead) {
        return counts(0, 0, cases, withHead, 0, 0, 0, 0, 0, 0, 0, cases - withHead, 0, 0, 0, 0, 0);
    }

    private ComplianceFigures agency(ComplianceCounts current, ComplianceCounts previous) {
        return calculator.agency(new AgencyCounts("A", "某局", AgencyKind.DEPARTMENT, current, previous));
    }

    @Test
    void appearanceRateIsCasesWithHeadOverCasesHeardUnrounded() {
        ComplianceFigures f = agency(heard(354, 333), ComplianceCounts.ZERO);
        assertEquals(333.0 / 354, f.appearanceRate(), 0);
        assertEquals("94.1", String.format("%.1f", f.appearanceRate() * 100));
    }

    @Test
    void noticeAppearanceRateIsNoticesAttendedOverNoticesReceived() {
        ComplianceFigures f = agency(counts(26, 26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                ComplianceCounts.ZERO);
        assertEquals(1.0, f.noticeAppearanceRate(), 0);
        assertEquals(26, f.noticesReceived());
        assertEquals(26, f.noticesAttendedByHead());
    }

    @Test
    void mandatoryAppearanceRateIsOverMandatoryCasesOnly() {
        ComplianceFigures f = agency(counts(0, 0, 10, 10, 4, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                ComplianceCounts.ZERO);
        assertEquals(0.75, f.mandatoryAppearanceRate(), 0);
    }

    @Test
    void lossRateIsDecisionsChangedOverCasesConcluded() {
        ComplianceFigures f = agency(counts(0, 0, 0, 0, 0, 0, 370, 27, 5, 0, 0, 0, 0, 0, 0, 0, 0),
                ComplianceCounts.ZERO);
        assertEquals(27.0 / 370, f.lossRate(), 0);
        assertEquals("7.3", String.format("%.1f", f.lossRate() * 100));
        assertEquals(5, f.resolvedByCoordination());
    }

    @Test
    void ratesAreNullWhenTheirDenominatorIsZero() {
        ComplianceFigures f = agency(ComplianceCounts.ZERO, ComplianceCounts.ZERO);
        assertNull(f.noticeAppearanceRate());
        assertNull(f.appearanceRate());
        assertNull(f.mandatoryAppearanceRate());
        assertNull(f.lossRate());
        assertNull(f.previousAppearanceRate());
        assertNull(f.appearanceRateChangePp());
        assertTrue(f.flags().isEmpty(), "nothing heard, nothing to flag");
    }

    @Test
    void changeIsInPercentagePointsAgainstTheSamePeriodAYearEarlier() {
        ComplianceFigures f = agency(heard(354, 333), heard(306, 228));
        assertEquals(228.0 / 306, f.previousAppearanceRate(), 0);
        assertEquals((333.0 / 354 - 228.0 / 306) * 100, f.appearanceRateChangePp(), 1e-12);
        assertEquals("+19.6", String.format("%+.1f", f.appearanceRateChangePp()));

        ComplianceFigures notices = agency(counts(26, 26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                counts(21, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertEquals("61.9", String.format("%.1f", notices.previousNoticeAppearanceRate() * 100));
        assertEquals("+38.1", String.format("%+.1f", notices.noticeAppearanceRateChangePp()));
    }

    @Test
    void changeIsNullWhenEitherRateIsNull() {
        assertNull(agency(heard(5, 5), ComplianceCounts.ZERO).appearanceRateChangePp());
        assertNull(agency(ComplianceCounts.ZERO, heard(5, 5)).appearanceRateChangePp());
        assertNull(ComplianceCalculator.changePp(null, null));
        assertEquals(-50.0, ComplianceCalculator.changePp(0.5, 1.0), 0);
    }

    @Test
    void r7AssessmentDeductionIsUnjustifiedAbsencesTimesTheConfiguredPoints() {
        ComplianceCounts c = counts(0, 0, 5, 1, 0, 0, 0, 0, 0, 1, 0, 3, 0, 0, 0, 0, 0);
        assertEquals(new BigDecimal("6"), agency(c, ComplianceCounts.ZERO).assessmentDeduction());
        ComplianceCalculator halfPoint = new ComplianceCalculator(0.9, new BigDecimal("0.5"));
        assertEquals(new BigDecimal("1.5"), halfPoint.deduction(c));
    }

    @Test
    void r7BelowThresholdOnlyUnderTheThresholdNotAtIt() {
        assertEquals(List.of(), agency(heard(10, 9), ComplianceCounts.ZERO).flags()
                .stream().filter(f -> f == ComplianceFlag.BELOW_THRESHOLD).toList());
        assertTrue(agency(heard(10, 8), ComplianceCounts.ZERO).flags().contains(ComplianceFlag.BELOW_THRESHOLD));
        ComplianceCalculator strict = new ComplianceCalculator(0.95, BigDecimal.ONE);
        assertTrue(strict.flags(heard(10, 9)).contains(ComplianceFlag.BELOW_THRESHOLD));
    }

    @Test
    void r7ZeroRateInterviewWhenCasesWereHeardAndNoneWithAHead() {
        List<ComplianceFlag> flags = agency(heard(2, 0), ComplianceCounts.ZERO).flags();
        assertTrue(flags.contains(ComplianceFlag.ZERO_RATE_INTERVIEW));
        assertTrue(flags.contains(ComplianceFlag.BELOW_THRESHOLD));
        assertTrue(flags.contains(ComplianceFlag.UNJUSTIFIED_ABSENCE));
        assertTrue(!agency(heard(2, 1), ComplianceCounts.ZERO).flags()
                .contains(ComplianceFlag.ZERO_RATE_INTERVIEW));
    }

    @Test
    void r2MandatoryMissedWhenAMandatoryCaseWasHeardWithoutHead() {
        assertEquals(List.of(ComplianceFlag.MANDATORY_MISSED),
                calculator.flags(counts(0, 0, 20, 19, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0)).stream()
                        .filter(f -> f == ComplianceFlag.MANDATORY_MISSED).toList());
        assertTrue(!calculator.flags(counts(0, 0, 20, 20, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .contains(ComplianceFlag.MANDATORY_MISSED));
    }

    @Test
    void r3r6EachCountedFlagIsRaisedWhenItsCountIsAboveZero() {
        ComplianceCounts c = counts(10, 10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0);
        assertEquals(List.of(ComplianceFlag.SILENT_APPEARANCE, ComplianceFlag.LEFT_EARLY,
                ComplianceFlag.NO_ONE_APPEARED, ComplianceFlag.LATE_NOTICE), calculator.flags(c));
        assertEquals(List.of(), calculator.flags(heard(10, 10)));
    }

    @Test
    void overduePendingIdentityProofsRaiseTheirFlagAndSumInGroups() {
        ComplianceCounts pending = new ComplianceCounts(0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2);
        ComplianceFigures f = agency(pending, ComplianceCounts.ZERO);
        assertEquals(List.of(ComplianceFlag.PENDING_IDENTITY), f.flags());
        assertEquals(2, f.pendingIdentityProofs());
        assertEquals(1.0, f.appearanceRate(), 0);
        assertEquals(4, pending.plus(pending).pendingIdentityProofs());
        assertEquals(List.of(), calculator.flags(heard(4, 4)));
    }

    @Test
    void aPendingProofIsOverdueOnlyMoreThanTheConfiguredDaysAfterTheHearing() {
        java.time.LocalDate today = java.time.LocalDate.of(2023, 3, 1);
        assertEquals(java.time.LocalDate.of(2023, 1, 30), PendingIdentity.overdueBefore(today, 30));
        assertTrue(PendingIdentity.overdue(java.time.LocalDate.of(2023, 1, 29), today, 30));
        assertTrue(!PendingIdentity.overdue(java.time.LocalDate.of(2023, 1, 30), today, 30));
        assertEquals(30, PendingIdentity.ageDays(java.time.LocalDate.of(2023, 1, 30), today));
        assertTrue(!PendingIdentity.overdue(today, today, 0));
        assertTrue(PendingIdentity.overdue(today.minusDays(1), today, 0));
    }

    @Test
    void groupsSumCountsAndRecomputeRatesNeverAverageThem() {
        AgencyCounts government = new AgencyCounts("G", "区政府", AgencyKind.DISTRICT_GOVERNMENT,
                counts(26, 26, 23, 23, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                counts(21, 13, 18, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        AgencyCounts big = new AgencyCounts("B", "大局", AgencyKind.DEPARTMENT, heard(100, 99), heard(50, 40));
        AgencyCounts small = new AgencyCounts("S", "小镇", AgencyKind.SUBDISTRICT, heard(2, 0), heard(1, 1));
        AgencyCounts other = new AgencyCounts("O", "其他", AgencyKind.OTHER, heard(3, 3), ComplianceCounts.ZERO);

        List<ComplianceFigures> groups = calculator.groups(List.of(government, big, small, other));

        assertEquals(List.of(MetricsGroup.DISTRICT_GOVERNMENT, MetricsGroup.DEPARTMENTS_AND_SUBDISTRICTS,
                MetricsGroup.ALL), groups.stream().map(ComplianceFigures::group).toList());
        ComplianceFigures departments = groups.get(1);
        assertEquals(102, departments.casesHeard());
        assertEquals(99, departments.casesHeardWithHead());
        assertEquals(99.0 / 102, departments.appearanceRate(), 0);
        // The average of the two rates would be (0.99 + 0) / 2 = 0.495.
        assertEquals(41.0 / 51, departments.previousAppearanceRate(), 0);
        assertEquals(new BigDecimal("6"), departments.assessmentDeduction());
        ComplianceFigures governmentGroup = groups.get(0);
        assertEquals(1.0, governmentGroup.noticeAppearanceRate(), 0);
        assertEquals(13.0 / 21, governmentGroup.previousNoticeAppearanceRate(), 0);
        ComplianceFigures all = groups.get(2);
        assertEquals(128, all.casesHeard());
        assertEquals(125, all.casesHeardWithHead());
        assertNull(all.agencyCode());
    }

    @Test
    void r8PeriodsAreCalendarYearQuarterAndMonthWithTheSamePeriodAYearEarlier() {
        Period q = Period.of(2022, 4, null);
        assertEquals("2022-Q4", q.label());
        assertEquals(java.time.LocalDate.of(2022, 10, 1), q.start());
        assertEquals(java.time.LocalDate.of(2023, 1, 1), q.end());
        assertEquals(java.time.LocalDate.of(2021, 10, 1), q.previousYear().start());
        assertEquals("2022-02", Period.of(2022, null, 2).label());
        assertEquals(java.time.LocalDate.of(2022, 3, 1), Period.of(2022, null, 2).end());
        assertEquals("2022", Period.of(2022, null, null).label());
    }
}
