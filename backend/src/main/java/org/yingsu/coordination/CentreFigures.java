package org.yingsu.coordination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yingsu.coordination.DisputeDtos.Count;
import org.yingsu.coordination.DisputeDtos.Figures;
import org.yingsu.metrics.Period;

/**
 * The centre's figures for a period, computed from its disputes (plain Java, no database): each figure counts the
 * disputes whose own date falls in {@code [start, end)} — received on, closed on, the time limit's day — so months add
 * up to quarters and quarters to the year.
 */
final class CentreFigures {

    /** What the figures need of one dispute. */
    record Fact(LocalDate receivedOn, DisputeStatus status, DisputeResolution resolution, LocalDate closedOn,
            LocalDate timeLimit, String bodyCode, String bodyName, List<Named> agencies) {
    }

    record Named(String code, String name) {
    }

    private CentreFigures() {
    }

    static Figures compute(List<Fact> facts, Period period, LocalDate today) {
        Tally all = new Tally(null, null);
        Map<String, Tally> bodies = new LinkedHashMap<>();
        Map<String, Tally> agencies = new LinkedHashMap<>();
        int withdrawals = 0;
        int settlements = 0;
        int agreements = 0;
        int limits = 0;
        int kept = 0;
        int open = 0;
        for (Fact f : facts) {
            boolean received = in(f.receivedOn(), period);
            boolean resolved = f.status() == DisputeStatus.RESOLVED && in(f.closedOn(), period);
            boolean returned = f.status() == DisputeStatus.RETURNED && in(f.closedOn(), period);
            TimeLimitStatus limit = TimeLimitStatus.of(f.timeLimit(), f.closedOn(), today);
            boolean limitInPeriod = in(f.timeLimit(), period) && limit != TimeLimitStatus.RUNNING;
            boolean overdue = limitInPeriod && limit == TimeLimitStatus.OVERDUE;
            if (!received && !resolved && !returned && !limitInPeriod) {
                if (f.status().open()) {
                    open++;
                }
                continue;
            }
            all.add(received, resolved, returned, overdue);
            if (f.bodyCode() != null) {
                bodies.computeIfAbsent(f.bodyCode(), c -> new Tally(c, f.bodyName()))
                        .add(received, resolved, returned, overdue);
            }
            for (Named agency : f.agencies()) {
                agencies.computeIfAbsent(agency.code(), c -> new Tally(c, agency.name()))
                        .add(received, resolved, returned, overdue);
            }
            if (resolved) {
                switch (f.resolution()) {
                    case WITHDRAWAL -> withdrawals++;
                    case SETTLEMENT -> settlements++;
                    case MEDIATION_AGREEMENT -> agreements++;
                }
            }
            if (limitInPeriod) {
                limits++;
                if (limit == TimeLimitStatus.KEPT) {
                    kept++;
                }
            }
            if (f.status().open()) {
                open++;
            }
        }
        return new Figures(period.year(), period.quarter(), period.month(), period.start(),
                period.end().minusDays(1), all.received, all.resolved, all.returned,
                rate(all.resolved, all.returned), withdrawals, settlements, agreements, limits, kept, all.overdue,
                open, counts(bodies), counts(agencies));
    }

    /** resolved / (resolved + returned): of the disputes closed in the period, the share resolved. */
    static Double rate(int resolved, int returned) {
        return resolved + returned == 0 ? null : (double) resolved / (resolved + returned);
    }

    private static boolean in(LocalDate date, Period period) {
        return date != null && !date.isBefore(period.start()) && date.isBefore(period.end());
    }

    private static List<Count> counts(Map<String, Tally> tallies) {
        List<Count> counts = new ArrayList<>();
        tallies.values().stream().sorted(Comparator.comparing((Tally t) -> -t.received).thenComparing(t -> t.code))
                .forEach(t -> counts.add(new Count(t.code, t.name, t.received, t.resolved, t.returned,
                        rate(t.resolved, t.returned), t.overdue)));
        return counts;
    }

    private static final class Tally {
        final String code;
        final String name;
        int received;
        int resolved;
        int returned;
        int overdue;

        Tally(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void add(boolean received, boolean resolved, boolean returned, boolean overdue) {
            this.received += received ? 1 : 0;
            this.resolved += resolved ? 1 : 0;
            this.returned += returned ? 1 : 0;
            this.overdue += overdue ? 1 : 0;
        }
    }
}
