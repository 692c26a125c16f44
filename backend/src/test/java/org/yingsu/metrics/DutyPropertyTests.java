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
        }
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
