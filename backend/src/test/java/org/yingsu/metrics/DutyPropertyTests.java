package org.yingsu.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yingsu.metrics.ComplianceRepository.Bucket;
import org.yingsu.metrics.MetricsSeed.Agency;
import org.yingsu.testing.StoredDuties;

/**
 * Generated ledgers (fixed seeds, so a failure can be replayed): whatever happened, every duty belongs to one period,
 * so for every agency the months add up to the quarters and the quarters to the year; the assessment deducts the
 * year's unjustified duties times the points; the four quarters' bulletins name as many absences as the year has; and
 * the duties kept by the write paths equal the ones computed from scratch (the truth table of the stored duties).
 */
@QuarkusTest
class DutyPropertyTests {

    private static final String[] COUNTS = {"casesHeard", "casesHeardWithHead", "justifiedAbsences",
        "pendingAbsences", "unjustifiedAbsences", "mandatoryCasesHeard", "noticesReceived", "noOneAppeared"};

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ComplianceRepository repository;

    MetricsSeed seed;

    @BeforeEach
    void seed() {
        seed = new MetricsSeed(dataSource);
    }

    @Test
    void r5MonthsAddUpToQuartersAndQuartersToTheYearInGeneratedLedgers() throws Exception {
        for (long run : new long[] {14L, 2022L}) {
            Random random = new Random(run);
            List<Agency> agencies = List.of(seed.agency("DEPARTMENT"), seed.agency("SUBDISTRICT"));
            List<Long> caseIds = generate(random, agencies, 14);
            for (Agency agency : agencies) {
                checkPeriods(agency, run);
            }
            List<List<String>> compared = StoredDuties.storedAndFresh(dataSource, caseIds);
            assertEquals(compared.get(1), compared.get(0), "run " + run + ": kept duties equal from-scratch ones");
            List<List<String>> sums = StoredDuties.periodSums(dataSource);
            assertEquals(sums.get(1), sums.get(0), "run " + run + ": the kept sums equal the stored rows'");
        }
    }

    /**
     * After generated ledgers and then random corrections — hearings moved to another month or deleted, appearances
     * and notices deleted, delegations reviewed, outcomes added and changed, a case moved to another trial level, a
     * case deleted — the sums kept per agency and period equal the sums over the stored duties, and the figures read
     * from them equal the figures counted over the duties row by row, for every period, level and agency filter.
     */
    @Test
    void periodSumsEqualTheDutiesAfterRandomWritesDeletesAndCorrections() throws Exception {
        Random random = new Random(95);
        List<Agency> agencies = List.of(seed.agency("DEPARTMENT"), seed.agency("SUBDISTRICT"));
        List<Long> caseIds = generate(random, agencies, 16);
        String[] results = {"REVOKED", "CLAIMS_DISMISSED", "WITHDRAWN"};
        for (int i = 0; i < 40; i++) {
            long c = caseIds.get(random.nextInt(caseIds.size()));
            switch (random.nextInt(8)) {
                case 0 -> StoredDuties.update(dataSource, "update hearing set scheduled_at = scheduled_at + ?::interval"
                        + " where id = (select min(id) from hearing where case_id = ?)",
                        (random.nextInt(90) - 45) + " days", c);
                case 1 -> StoredDuties.update(dataSource, "delete from hearing where id = (select max(id) from hearing"
                        + " where case_id = ?)", c);
                case 2 -> StoredDuties.update(dataSource, "delete from appearance where hearing_id in (select id from"
                        + " hearing where case_id = ?)", c);
                case 3 -> StoredDuties.update(dataSource, "update delegation set status = ? where hearing_id in"
                        + " (select id from hearing where case_id = ?)", random.nextBoolean() ? "APPROVED"
                                : "REJECTED", c);
                case 4 -> StoredDuties.update(dataSource, "delete from notice where hearing_id in (select id from"
                        + " hearing where case_id = ?)", c);
                case 5 -> StoredDuties.update(dataSource, "insert into outcome (case_id, result, concluded_on,"
                        + " coordinated) values (?, ?, ?::date, ?) on conflict (case_id) do update set result ="
                        + " excluded.result, concluded_on = excluded.concluded_on, coordinated = excluded.coordinated",
                        c, results[random.nextInt(results.length)],
                        LocalDate.of(2022, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString(),
                        random.nextBoolean());
                case 6 -> StoredDuties.update(dataSource, "update litigation_case set trial_level = case"
                        + " trial_level when 'FIRST_INSTANCE' then 'SECOND_INSTANCE' else 'FIRST_INSTANCE' end,"
                        + " mandatory_categories = case when cardinality(mandatory_categories) = 0 then '{MASS_INCIDENT_RISK}'::text[]"
                        + " else '{}' end where id = ?", c);
                default -> {
                    StoredDuties.update(dataSource, "delete from litigation_case where id = ?", c);
                    caseIds.remove(Long.valueOf(c));
                }
            }
            List<List<String>> sums = StoredDuties.periodSums(dataSource);
            assertEquals(sums.get(1), sums.get(0), "after correction " + i + ": the kept sums");
        }
        List<List<String>> compared = StoredDuties.storedAndFresh(dataSource, caseIds);
        assertEquals(compared.get(1), compared.get(0), "kept duties equal from-scratch ones");
        List<String> mandatory = List.of("MASS_INCIDENT_RISK", "HIGH_SOCIAL_CONCERN");
        List<String> changed = List.of("REVOKED");
        LocalDate overdue = LocalDate.of(2023, 1, 1);
        for (TrialLevelFilter level : TrialLevelFilter.values()) {
            for (Long agency : new Long[] {null, agencies.get(0).id(), agencies.get(1).id()}) {
                List<Bucket> buckets = new ArrayList<>();
                buckets.add(new Bucket(0, Period.year(2022)));
                for (int q = 1; q <= 4; q++) {
                    buckets.add(new Bucket(q, Period.of(2022, q, null)));
                }
                for (int m = 1; m <= 12; m++) {
                    buckets.add(new Bucket(10 + m, Period.of(2022, null, m)));
                }
                assertEquals(nonZero(repository.counts(DutyTableCounts.statement(buckets, level, agency, mandatory,
                        changed, overdue), "16MB")), nonZero(repository.counts(buckets, level, agency, mandatory,
                                changed, overdue, "16MB")), level + " " + agency + ": the figures from the kept sums");
            }
        }
    }

    /** The counts without agencies all zero (a month whose last duty went away keeps its row of zeros). */
    private static Map<Integer, Map<Long, ComplianceCounts>> nonZero(Map<Integer, Map<Long, ComplianceCounts>> counts) {
        Map<Integer, Map<Long, ComplianceCounts>> result = new HashMap<>();
        counts.forEach((bucket, agencies) -> agencies.forEach((agency, c) -> {
            if (!c.equals(ComplianceCounts.ZERO)) {
                result.computeIfAbsent(bucket, b -> new HashMap<>()).put(agency, c);
            }
        }));
        return result;
    }

    private void checkPeriods(Agency agency, long run) {
        Map<String, Integer> year = counts(agency, Map.of("year", 2022));
        Map<String, Integer> quarters = new HashMap<>();
        int named = 0;
        for (int q = 1; q <= 4; q++) {
            Map<String, Integer> quarter = counts(agency, Map.of("year", 2022, "quarter", q));
            Map<String, Integer> months = new HashMap<>();
            for (int m = 3 * q - 2; m <= 3 * q; m++) {
                counts(agency, Map.of("year", 2022, "month", m)).forEach((k, v) -> months.merge(k, v, Integer::sum));
            }
            assertEquals(quarter, months, "run " + run + " " + agency.code() + ": the months of Q" + q);
            quarter.forEach((k, v) -> quarters.merge(k, v, Integer::sum));
            named += given().queryParam("year", 2022).queryParam("quarter", q).get("/api/bulletins/preview").then()
                    .statusCode(200).extract().jsonPath().getList("content.unjustifiedAbsences.findAll { it.agencyCode"
                            + " == '" + agency.code() + "' }").size();
        }
        assertEquals(year, quarters, "run " + run + " " + agency.code() + ": the quarters of the year");
        assertEquals(year.get("unjustifiedAbsences"), named, "the quarters' bulletins name the year's absences");
        JsonPath assessment = given().queryParam("year", 2022).queryParam("agencyCode", agency.code())
                .get("/api/assessment").then().statusCode(200).extract().jsonPath();
        assertEquals(year.get("unjustifiedAbsences"), assessment.getInt("agencies[0].unjustifiedAbsences"));
        assertEquals(assessment.getDouble("pointsPerUnjustifiedAbsence") * year.get("unjustifiedAbsences"),
                assessment.getDouble("agencies[0].deduction"), 1e-9);
    }

    private static Map<String, Integer> counts(Agency agency, Map<String, ?> params) {
        JsonPath f = given().queryParam("agencyCode", agency.code()).queryParams(params)
                .get("/api/metrics/compliance").then().statusCode(200).extract().jsonPath()
                .setRootPath("agencies[0]");
        Map<String, Integer> counts = new HashMap<>();
        for (String name : COUNTS) {
            counts.put(name, f.getInt(name));
        }
        return counts;
    }

    /** Cases with one or two defendants and up to four hearings each, anything recorded at them. */
    private List<Long> generate(Random random, List<Agency> agencies, int cases) {
        Map<Agency, long[]> people = new HashMap<>();
        for (Agency a : agencies) {
            people.put(a, new long[] {seed.official(a, "PRINCIPAL", "2020-01-01", null),
                seed.official(a, "DEPUTY", "2022-06-01", null), seed.official(a, "STAFF", "2020-01-01", null)});
        }
        String[] statuses = {"HELD", "HELD", "HELD", "POSTPONED", "SCHEDULED"};
        String[] delegationStatuses = {"APPROVED", "SUBMITTED", "REJECTED"};
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            boolean both = random.nextInt(3) == 0;
            List<Agency> defendants = both ? agencies : List.of(agencies.get(random.nextInt(agencies.size())));
            long c = seed.caseOf("FIRST_INSTANCE", random.nextBoolean() ? List.of("HIGH_SOCIAL_CONCERN") : List.of(),
                    defendants.toArray(Agency[]::new));
            ids.add(c);
            LocalDate day = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(300));
            int hearings = 1 + random.nextInt(4);
            for (int h = 0; h < hearings; h++) {
                day = day.plusDays(5 + random.nextInt(60));
                if (day.getYear() > 2022) {
                    break;
                }
                String status = statuses[random.nextInt(statuses.length)];
                long hearing = seed.hearing(c, day + "T09:30:00+08:00", status);
                for (Agency a : defendants) {
                    if (random.nextInt(3) > 0) {
                        seed.notice(hearing, a, day.minusDays(random.nextInt(8)).toString());
                    }
                    long[] who = people.get(a);
                    if (status.equals("HELD") && random.nextInt(3) == 0) {
                        seed.appearance(hearing, a, who[random.nextInt(3)], random.nextBoolean() ? "COURT" : "AGENCY",
                                random.nextBoolean(), random.nextInt(5) == 0,
                                random.nextInt(6) == 0 ? "REJECTED" : "VERIFIED");
                    }
                    if (random.nextInt(3) == 0) {
                        seed.delegation(hearing, a, who[2], day.minusDays(random.nextInt(4) - 1).toString(),
                                delegationStatuses[random.nextInt(delegationStatuses.length)]);
                    }
                }
            }
        }
        // A post that ends after the fact changes the duties where its holder appeared.
        seed.endPost(people.get(agencies.get(0))[0], "2022-06-30");
        return ids;
    }
}
