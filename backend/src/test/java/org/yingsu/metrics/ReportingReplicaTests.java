package org.yingsu.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.metrics.MetricsSeed.Agency;
import org.yingsu.testing.Json;
import org.yingsu.testing.ReportingReplicaResource;

/**
 * Issue 19 item 4: with YINGSU_REPORTING_JDBC_URL set, figures, their exports and the previews of bulletins and the
 * assessment are read from the reporting replica and say so (and how far behind it is) in their headers; what is
 * stored (a bulletin's publication) counts what the primary holds; a replica that is down leaves the primary to
 * answer. The stand-in replica holds only what a test writes into it, so each answer shows where it was read.
 */
@QuarkusTest
@TestProfile(ReportingReplicaProfile.class)
class ReportingReplicaTests {

    @Inject
    AgroalDataSource primary;

    @Inject
    @DataSource("reporting")
    AgroalDataSource replica;

    /** An agency with one attended and one missed hearing in May 2022, written to one database only. */
    private static Agency agencyIn(AgroalDataSource database) {
        MetricsSeed seed = new MetricsSeed(database);
        Agency agency = seed.agency("DEPARTMENT");
        long head = seed.official(agency, "PRINCIPAL", "2020-01-01", null);
        seed.appeared(seed.held(seed.caseOf(agency), "2022-05-05T09:30:00+08:00"), agency, head);
        seed.held(seed.caseOf(agency), "2022-05-06T09:30:00+08:00");
        return agency;
    }

    private static List<String> agencyCodes(Response figures) {
        return figures.jsonPath().getList("agencies.agencyCode");
    }

    @Test
    void figuresAndTheirExportsAreReadFromTheReplicaAndSaySo() {
        Agency onReplica = agencyIn(replica);
        Agency onPrimaryOnly = agencyIn(primary);

        Response figures = given().queryParam("year", 2022).get("/api/metrics/compliance");
        assertEquals(200, figures.statusCode());
        assertEquals("reporting", figures.header(DataFreshness.SOURCE_HEADER));
        assertEquals("0.0", figures.header(DataFreshness.LAG_HEADER), "a server that is not a standby is not behind");
        assertTrue(agencyCodes(figures).contains(onReplica.code()), "the replica's agency is counted");
        assertFalse(agencyCodes(figures).contains(onPrimaryOnly.code()),
                "an agency the replica has not received yet is not");

        String csv = given().accept("text/csv").queryParam("year", 2022).get("/api/metrics/compliance").then()
                .statusCode(200).header(DataFreshness.SOURCE_HEADER, "reporting").extract().asString();
        assertTrue(csv.contains(onReplica.code()));
        assertFalse(csv.contains(onPrimaryOnly.code()));

        given().queryParam("year", 2022).get("/api/assessment").then().statusCode(200)
                .header(DataFreshness.SOURCE_HEADER, "reporting");
    }

    @Test
    void aBulletinIsPreviewedFromTheReplicaButPublishedFromWhatThePrimaryHolds() {
        Agency onReplica = agencyIn(replica);
        Agency onPrimary = agencyIn(primary);
        Response preview = given().queryParam("year", 2022).queryParam("quarter", 2).get("/api/bulletins/preview");
        assertEquals(200, preview.statusCode());
        assertEquals("reporting", preview.header(DataFreshness.SOURCE_HEADER));
        String previewed = preview.jsonPath().getMap("content").toString();
        assertTrue(previewed.contains(onReplica.code()), previewed);
        assertFalse(previewed.contains(onPrimary.code()));

        Response published = Json.post("/api/bulletins", Map.of("year", 2022, "quarter", 2)).statusCode(201)
                .header(DataFreshness.SOURCE_HEADER, "primary").extract().response();
        String content = published.jsonPath().getMap("content").toString();
        assertTrue(content.contains(onPrimary.code()), "a publication counts what is stored beside it");
        assertFalse(content.contains(onReplica.code()));
    }

    @Test
    void whenTheReplicaIsDownThePrimaryAnswers() {
        Agency onPrimary = agencyIn(primary);
        ReportingReplicaResource.stopReplica();
        try {
            Response figures = given().queryParam("year", 2022).get("/api/metrics/compliance");
            assertEquals(200, figures.statusCode());
            assertEquals("primary", figures.header(DataFreshness.SOURCE_HEADER));
            assertTrue(agencyCodes(figures).contains(onPrimary.code()));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            ReportingReplicaResource.startReplica();
        }
        given().queryParam("year", 2022).get("/api/metrics/compliance").then().statusCode(200)
                .header(DataFreshness.SOURCE_HEADER, "reporting");
    }
}
