package org.yingsu.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingsu.coordination.CentreFigures.Fact;
import org.yingsu.coordination.CentreFigures.Named;
import org.yingsu.coordination.DisputeDtos.Figures;
import org.yingsu.metrics.Period;

/** The centre's figures from a handful of disputes: each counted in the period of its own date. */
class CentreFiguresTests {

    private static final LocalDate TODAY = LocalDate.of(2023, 3, 1);
    private static final Named GA = new Named("GA", "公安分局");
    private static final Named SJ = new Named("SJ", "市场监管局");

    private static Fact fact(String received, DisputeStatus status, DisputeResolution resolution, String closed,
            String limit, String body, Named... agencies) {
        return new Fact(LocalDate.parse(received), status, resolution, closed == null ? null : LocalDate.parse(closed),
                limit == null ? null : LocalDate.parse(limit), body, body == null ? null : "调解组织" + body,
                List.of(agencies));
    }

    private static final List<Fact> FACTS = List.of(
            fact("2022-01-10", DisputeStatus.RESOLVED, DisputeResolution.WITHDRAWAL, "2022-02-20", "2022-03-10", "C",
                    GA),
            fact("2022-02-01", DisputeStatus.RESOLVED, DisputeResolution.MEDIATION_AGREEMENT, "2022-04-15",
                    "2022-04-01", "L", GA, SJ),
            fact("2022-03-05", DisputeStatus.RETURNED, null, "2022-05-05", "2022-05-04", "C", SJ),
            fact("2022-05-20", DisputeStatus.IN_PROGRESS, null, null, "2022-12-31", "L", SJ),
            fact("2021-12-20", DisputeStatus.RESOLVED, DisputeResolution.SETTLEMENT, "2022-01-05", null, "C", GA));

    @Test
    void theYearCountsWhatWasReceivedClosedAndDueInIt() {
        Figures year = CentreFigures.compute(FACTS, Period.year(2022), TODAY);
        assertEquals(4, year.received());
        assertEquals(3, year.resolved());
        assertEquals(1, year.returned());
        assertEquals(0.75, year.resolutionRate());
        assertEquals(1, year.withdrawals());
        assertEquals(1, year.settlements());
        assertEquals(1, year.mediationAgreements());
        assertEquals(4, year.timeLimits());
        assertEquals(1, year.kept());
        assertEquals(3, year.overdue(), "closed after the limit twice; open past its limit once");
        assertEquals(1, year.open());
        var ga = year.byAgency().stream().filter(c -> c.code().equals("GA")).findFirst().orElseThrow();
        assertEquals(2, ga.received());
        assertEquals(3, ga.resolved());
        assertEquals(1.0, ga.resolutionRate());
        var centre = year.byMediatingBody().stream().filter(c -> c.code().equals("C")).findFirst().orElseThrow();
        assertEquals(2, centre.received());
        assertEquals(2, centre.resolved());
        assertEquals(1, centre.returned());
    }

    @Test
    void quartersAddUpToTheYear() {
        Figures year = CentreFigures.compute(FACTS, Period.year(2022), TODAY);
        int received = 0;
        int resolved = 0;
        int overdue = 0;
        for (int q = 1; q <= 4; q++) {
            Figures quarter = CentreFigures.compute(FACTS, Period.of(2022, q, null), TODAY);
            received += quarter.received();
            resolved += quarter.resolved();
            overdue += quarter.overdue();
        }
        assertEquals(year.received(), received);
        assertEquals(year.resolved(), resolved);
        assertEquals(year.overdue(), overdue);
    }

    @Test
    void aPeriodWithNothingClosedHasNoRate() {
        Figures march = CentreFigures.compute(FACTS, Period.of(2022, null, 3), TODAY);
        assertEquals(1, march.received());
        assertNull(march.resolutionRate());
        assertEquals(0, march.overdue(), "the first dispute kept its limit of 10 March");
        assertEquals(1, march.timeLimits());
        assertEquals(1, march.kept());
    }
}
