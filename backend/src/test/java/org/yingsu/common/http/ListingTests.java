package org.yingsu.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;

/** Incremental sync: every list takes {@code updatedSince} and {@code sort} (one of the list's documented fields). */
@QuarkusTest
class ListingTests {

    @Test
    void updatedSinceListsOnlyTheRecordsChangedAtOrAfterIt() {
        String agency = Fixtures.agency("DEPARTMENT");
        long caseId = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        long changed = Fixtures.hearing(caseId, "2023-03-01T09:30:00+08:00", "SCHEDULED");
        Fixtures.hearing(caseId, "2023-04-01T09:30:00+08:00", "SCHEDULED");
        OffsetDateTime since = OffsetDateTime.now();
        given().queryParam("caseId", caseId).queryParam("updatedSince", since.toString()).get("/api/hearings")
                .then().statusCode(200).body("total", equalTo(0));

        String etag = given().get("/api/hearings/" + changed).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("scheduledAt", "2023-03-01T09:30:00+08:00", "status", "HELD"))
                .put("/api/hearings/" + changed).then().statusCode(200);

        given().queryParam("caseId", caseId).queryParam("updatedSince", since.toString()).get("/api/hearings")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) changed)).body("items[0].status", equalTo("HELD"));
        given().queryParam("caseId", caseId).get("/api/hearings").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void updatedSinceFindsANewRecordAndNotTheOlderOnes() {
        String parent = Fixtures.agency("DISTRICT_GOVERNMENT");
        Fixtures.agency("DEPARTMENT", parent);
        OffsetDateTime since = OffsetDateTime.now();
        String added = Fixtures.agency("DEPARTMENT", parent);
        given().queryParam("parentCode", parent).queryParam("updatedSince", since.toString()).get("/api/agencies")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].code", equalTo(added));
    }

    @Test
    void sortOrdersByTheFieldAscendingOrDescendingWithTiesById() {
        String agency = Fixtures.agency("DEPARTMENT");
        long caseId = Fixtures.caseOf(List.of(agency), "FIRST_INSTANCE");
        long march = Fixtures.hearing(caseId, "2023-03-01T09:30:00+08:00", "SCHEDULED");
        long january = Fixtures.hearing(caseId, "2023-01-01T09:30:00+08:00", "SCHEDULED");
        long february = Fixtures.hearing(caseId, "2023-02-01T09:30:00+08:00", "SCHEDULED");
        given().queryParam("caseId", caseId).queryParam("sort", "-scheduledAt").get("/api/hearings")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of((int) march, (int) february, (int) january)));
        given().queryParam("caseId", caseId).queryParam("sort", "id").get("/api/hearings")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of((int) march, (int) january, (int) february)));
        given().queryParam("caseId", caseId).queryParam("sort", "-updatedAt").get("/api/hearings")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of((int) february, (int) january, (int) march)));
    }

    @Test
    void aFieldTheListDoesNotSortByIsA400NamingTheValue() {
        given().queryParam("sort", "court").get("/api/hearings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString("\"court\""))
                .body("errors[0].message", containsString("-scheduledAt"));
        // Each list has its own fields: agencies sort by code, hearings do not.
        given().queryParam("sort", "-code").get("/api/agencies").then().statusCode(200);
        given().queryParam("sort", "code").get("/api/hearings").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aMalformedUpdatedSinceIsA400NamingIt() {
        given().queryParam("updatedSince", "yesterday").get("/api/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
    }
}
