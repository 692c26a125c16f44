package org.yingsu.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.metrics.MetricsSeed.Agency;

/** The bureau's settings reach the figures: threshold, points, mandatory categories and decision-changed results. */
@QuarkusTest
@TestProfile(MetricsConfigTests.StricterBureau.class)
class MetricsConfigTests {

    public static class StricterBureau implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yingsu.metrics.threshold", "0.95",
                    "yingsu.metrics.points-per-unjustified-absence", "1.5",
                    "yingsu.metrics.mandatory-categories", "PROCURATORIAL_PUBLIC_INTEREST",
                    "yingsu.metrics.decision-changed-results", "REVOKED");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void r7r2ConfiguredThresholdPointsCategoriesAndResultsAreApplied() {
        MetricsSeed seed = new MetricsSeed(dataSource);
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        for (int i = 1; i <= 9; i++) {
            seed.appeared(seed.held(seed.caseOf(agency), "2022-0" + i + "-10T09:30:00+08:00"), agency, head);
        }
        seed.held(seed.caseOf("FIRST_INSTANCE", List.of("MAJOR_PUBLIC_INTEREST"), agency),
                "2022-10-10T09:30:00+08:00");
        seed.appeared(seed.held(seed.caseOf("FIRST_INSTANCE", List.of("PROCURATORIAL_PUBLIC_INTEREST"), agency),
                "2022-11-10T09:30:00+08:00"), agency, head);
        seed.outcome(seed.caseOf(agency), "REVOKED", "2022-05-01", false);
        seed.outcome(seed.caseOf(agency), "CONFIRMED_ILLEGAL", "2022-05-02", false);

        given().queryParam("year", 2022).queryParam("agencyCode", agency.code()).get("/api/metrics/compliance")
                .then().statusCode(200)
                .body("threshold", equalTo(0.95f))
                .body("agencies[0].casesHeard", equalTo(11))
                .body("agencies[0].casesHeardWithHead", equalTo(10))
                .body("agencies[0].mandatoryCasesHeard", equalTo(1))
                .body("agencies[0].mandatoryCasesHeardWithHead", equalTo(1))
                .body("agencies[0].decisionsChanged", equalTo(1))
                .body("agencies[0].assessmentDeduction", equalTo(1.5f))
                .body("agencies[0].flags", equalTo(List.of("BELOW_THRESHOLD", "UNJUSTIFIED_ABSENCE",
                        "NO_ONE_APPEARED")));
    }
}
