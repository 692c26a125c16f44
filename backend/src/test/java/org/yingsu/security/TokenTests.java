package org.yingsu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;

@QuarkusTest
class TokenTests {

    private static Map<String, Object> body(String role, String agencyCode, String expiresAt) {
        Map<String, Object> body = new HashMap<>(Map.of("name", Fixtures.unique("脚本"), "role", role));
        body.put("agencyCode", agencyCode);
        body.put("expiresAt", expiresAt);
        return body;
    }

    private static String tomorrow() {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
    }

    @Test
    void theSecretIsShownOnceAndNeverListed() {
        var created = given().contentType(ContentType.JSON).body(body("READER", null, tomorrow()))
                .post("/api/tokens").then().statusCode(201).header("Location", notNullValue())
                .header("Cache-Control", "no-store").body("secret", startsWith("ysk_"))
                .body("token.status", equalTo("ACTIVE")).body("token.role", equalTo("READER"))
                .extract().jsonPath();
        String secret = created.getString("secret");
        long id = created.getLong("token.id");
        assertTrue(secret.startsWith(created.getString("token.hint")));
        assertTrue(secret.length() >= 40, "256 random bits");

        String one = given().get("/api/tokens/" + id).then().statusCode(200).extract().asString();
        String list = given().queryParam("size", 500).get("/api/tokens").then().statusCode(200)
                .body("items.id", hasItem((int) id)).extract().asString();
        assertFalse(one.contains(secret) || one.contains("\"secret\""));
        assertFalse(list.contains(secret));

        given().get("/api/tokens/" + id).then().body("lastUsedAt", equalTo(null));
        Api.as(secret).get("/api/auth/me").then().statusCode(200).body("kind", equalTo("TOKEN"))
                .body("role", equalTo("READER")).body("username", equalTo(null));
        given().get("/api/tokens/" + id).then().body("lastUsedAt", notNullValue());
        given().delete("/api/tokens/" + id).then().statusCode(204);
        given().delete("/api/tokens/" + id).then().statusCode(204);
        Api.as(secret).get("/api/auth/me").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/tokens/" + id).then().body("status", equalTo("REVOKED"));
        given().queryParam("size", 500).get("/api/tokens").then().body("items.id", not(hasItem((int) id)));
        given().queryParam("size", 500).queryParam("includeInactive", true).get("/api/tokens").then()
                .body("items.id", hasItem((int) id));
    }

    @Test
    void scopeAndExpiryAreChecked() {
        given().contentType(ContentType.JSON).body(body("AGENCY", null, tomorrow())).post("/api/tokens").then()
                .statusCode(400).body("errors[0].field", equalTo("agencyCode"));
        given().contentType(ContentType.JSON).body(body("READER", Fixtures.agency("DEPARTMENT"), tomorrow()))
                .post("/api/tokens").then().statusCode(400).body("errors[0].field", equalTo("agencyCode"));
        given().contentType(ContentType.JSON).body(body("AGENCY", "NO-SUCH-AGENCY", tomorrow()))
                .post("/api/tokens").then().statusCode(422).body("errors[0].field", equalTo("agencyCode"));
        given().contentType(ContentType.JSON)
                .body(body("READER", null, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString()))
                .post("/api/tokens").then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        given().contentType(ContentType.JSON).body(body("READER", null, null)).post("/api/tokens").then()
                .statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "role", "READER", "expiresAt", tomorrow(),
                "secret", "mine")).post("/api/tokens").then().statusCode(400).body("errors[0].field", equalTo("secret"));
    }

    @Test
    void theBootstrapTokenIsAnAdminToken() {
        Api.as(Api.adminToken()).get("/api/auth/me").then().statusCode(200).body("role", equalTo("ADMIN"))
                .body("displayName", equalTo("启动时配置的管理员令牌"));
    }
}
