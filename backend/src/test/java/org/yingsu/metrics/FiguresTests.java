package org.yingsu.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.SecurityFixtures;

/**
 * The path from records to figures end to end, through the HTTP API only, so that {@code FiguresIT} runs it against
 * the packaged jar too; the counting rules themselves are {@code ComplianceQueryTests}'.
 */
@QuarkusTest
class FiguresTests {

    @Test
    void aCaseHeardWithTheHeadAndOneWithoutMakeHalfTheAppearanceRate() {
        String agency = Fixtures.agency("DEPARTMENT");
        String head = Fixtures.official(agency, "PRINCIPAL", "2020-01-01", null);
        long attended = Fixtures.hearing(Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE"),
                "2022-05-10T09:30:00+08:00", "HELD");
        given().contentType(ContentType.JSON).body(SecurityFixtures.appearanceBody(attended, head))
                .post("/api/appearances").then().statusCode(201);
        Fixtures.hearing(Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE"), "2022-06-10T09:30:00+08:00", "HELD");

        given().queryParam("year", 2022).queryParam("agencyCode", agency).get("/api/metrics/compliance").then()
                .statusCode(200).body("agencies.size()", equalTo(1))
                .body("agencies[0].casesHeard", equalTo(2)).body("agencies[0].casesHeardWithHead", equalTo(1))
                .body("agencies[0].appearanceRate", equalTo(0.5f));
    }
}
