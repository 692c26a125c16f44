package org.yingsu.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;

@QuarkusTest
class BodyLimitsTests {

    @Test
    void aBodyAboveOneMegabyteOnAnOrdinaryPathIs413AndStoresNothing() {
        String code = Fixtures.unique("BIG");
        String body = "{\"code\":\"" + code + "\",\"kind\":\"DEPARTMENT\",\"name\":\"" + "局".repeat(400_000) + "\"}";
        given().contentType(ContentType.JSON).body(body).post("/api/agencies")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("type", equalTo("urn:yingsu:problem:payload-too-large"))
                .body("errors[0].field", equalTo("body"));
        given().get("/api/agencies/" + code).then().statusCode(404);
    }

    @Test
    void importsTakeUpToTenMegabytesAndRefuseMore() {
        String justOverOne = "{\"format\":\"yingsu-ledger/1\",\"agencies\":[],\"officials\":[],\"cases\":[],"
                + "\"padding\":\"" + "x".repeat(1_100_000) + "\"}";
        // Above the ordinary limit but under the import one: read, and refused only for its unknown field.
        given().contentType(ContentType.JSON).body(justOverOne).post("/api/imports/ledger")
                .then().statusCode(not(413));
        String overTen = "{\"padding\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        given().contentType(ContentType.JSON).body(overTen).post("/api/imports/ledger")
                .then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].message", equalTo("must be at most 10 MB"));
    }

    @Test
    void aChunkedBodyWithoutLengthIsCutAtTheSameLimit() {
        String code = Fixtures.unique("BIG");
        byte[] body = ("{\"code\":\"" + code + "\",\"kind\":\"DEPARTMENT\",\"name\":\"" + "x".repeat(1_200_000) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // An InputStream body is sent chunked, so the limit can only be enforced while reading.
        given().contentType(ContentType.JSON).body(new java.io.ByteArrayInputStream(body)).post("/api/agencies")
                .then().statusCode(413);
        given().get("/api/agencies/" + code).then().statusCode(404);
    }
}
