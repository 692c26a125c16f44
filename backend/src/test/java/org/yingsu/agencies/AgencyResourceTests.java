package org.yingsu.agencies;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;

@QuarkusTest
class AgencyResourceTests {

    @Test
    void createReadUpdateDeleteAnAgency() {
        String parent = Fixtures.agency("DISTRICT_GOVERNMENT");
        String code = Fixtures.unique("DEPT");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "区生态环境局", "kind", "DEPARTMENT", "parentCode", parent))
                .when().post("/api/agencies")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/agencies/" + code))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code)).body("name", equalTo("区生态环境局"))
                .body("kind", equalTo("DEPARTMENT")).body("parentCode", equalTo(parent)).body("version", equalTo(0));

        given().get("/api/agencies/" + code).then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("区生态环境局"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "重庆市渝北区生态环境局", "kind", "DEPARTMENT"))
                .when().put("/api/agencies/" + code)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("重庆市渝北区生态环境局")).body("parentCode", nullValue()).body("version", equalTo(1));

        given().queryParam("q", "生态环境").queryParam("kind", "DEPARTMENT").get("/api/agencies")
                .then().statusCode(200).body("items.code", hasItem(code)).body("page", equalTo(0));

        given().delete("/api/agencies/" + code).then().statusCode(204);
        given().get("/api/agencies/" + code).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void staleIfMatchIsRefusedWith412AndChangesNothing() {
        String code = Fixtures.agency("DEPARTMENT");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "第一次修改", "kind", "DEPARTMENT")).put("/api/agencies/" + code)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "过时的修改", "kind", "DEPARTMENT")).put("/api/agencies/" + code)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:yingsu:problem:precondition-failed"));
        given().get("/api/agencies/" + code).then().body("name", equalTo("第一次修改")).body("version", equalTo(1));
    }

    @Test
    void duplicateCodeIs409SayingWhichKey() {
        String code = Fixtures.agency("DEPARTMENT");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "重复", "kind", "DEPARTMENT"))
                .post("/api/agencies")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", equalTo("an agency with this code already exists"));
    }

    @Test
    void agencyStillReferencedCannotBeDeleted() {
        String code = Fixtures.agency("DEPARTMENT");
        Fixtures.official(code, "PRINCIPAL", "2020-01-01", null);
        given().delete("/api/agencies/" + code).then().statusCode(409).contentType("application/problem+json");
        given().get("/api/agencies/" + code).then().statusCode(200);
    }

    @Test
    void officialsBelongToAnAgencyAndSayWhetherTheyAreHeads() {
        String agency = Fixtures.agency("SUBDISTRICT");
        String official = Fixtures.official(agency, "DEPUTY", "2020-01-01", "2022-06-30");
        given().get("/api/officials/" + official).then().statusCode(200)
                .body("agencyCode", equalTo(agency)).body("role", equalTo("DEPUTY")).body("head", equalTo(true))
                .body("validTo", equalTo("2022-06-30"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "王某", "role", "STAFF", "validFrom", "2020-01-01"))
                .put("/api/officials/" + official)
                .then().statusCode(200).body("head", equalTo(false)).body("validTo", nullValue());
        given().queryParam("agencyCode", agency).get("/api/officials").then().body("total", equalTo(1));
        given().delete("/api/officials/" + official).then().statusCode(204);
        given().get("/api/officials/" + official).then().statusCode(404);
    }
}
