package org.yingsu.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;

/** Reads every column of every table: no password, token, session or CSRF secret is there in plain text. */
@QuarkusTest
class SecretsAtRestTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noPasswordOrTokenIsStoredInPlainText() throws SQLException {
        String password = "pw-" + Fixtures.unique("secret");
        String username = Fixtures.unique("holder").toLowerCase();
        given().contentType(ContentType.JSON).body(Map.of("username", username, "displayName", "保密测试",
                "role", "ADMIN", "password", password)).post("/api/users").then().statusCode(201);
        var login = Api.anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password)).post("/api/auth/login");
        login.then().statusCode(200);
        String session = login.getCookie(Api.SESSION_COOKIE_NAME);
        String csrf = login.jsonPath().getString("csrfToken");
        String newPassword = "new-" + Fixtures.unique("secret");
        Api.anonymous().cookie(Api.SESSION_COOKIE_NAME, session).header("X-CSRF-Token", csrf)
                .contentType(ContentType.JSON).body(Map.of("currentPassword", password, "newPassword", newPassword))
                .put("/api/auth/password").then().statusCode(204);
        // With an Idempotency-Key, too: answers holding a secret are not kept for replay.
        String token = given().contentType(ContentType.JSON).header("Idempotency-Key", Fixtures.unique("key"))
                .body(Map.of("name", "脚本", "role", "READER", "expiresAt", "2099-01-01T00:00:00Z"))
                .post("/api/tokens").then().statusCode(201).extract().jsonPath().getString("secret");
        String agency = Fixtures.agency("DEPARTMENT");
        String feed = given().contentType(ContentType.JSON).header("Idempotency-Key", Fixtures.unique("key"))
                .body(Map.of("name", "日历", "agencyCode", agency)).post("/api/calendar/subscriptions").then()
                .statusCode(201).extract().jsonPath().getString("feedPath");
        String feedSecret = feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length());

        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("first password", password);
        secrets.put("changed password", newPassword);
        secrets.put("session secret", session);
        secrets.put("CSRF token", csrf);
        secrets.put("API token", token);
        secrets.put("bootstrap token", Api.adminToken());
        secrets.put("calendar feed secret", feedSecret);
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            for (String place : placesHolding(secret.getValue())) {
                found.add(secret.getKey() + " in " + place);
            }
        }
        assertTrue(found.isEmpty(), "Secrets stored in plain text: " + found);

        // The scan does look where the secrets would be: their digests are there, and the hash is bcrypt.
        assertEquals(List.of("api_token.secret_hash"), placesHolding(Secrets.sha256(token)));
        assertEquals(List.of("user_session.secret_hash"), placesHolding(Secrets.sha256(session)));
        String replayed = Fixtures.unique("AG");
        given().contentType(ContentType.JSON).header("Idempotency-Key", Fixtures.unique("key"))
                .body(Map.of("code", replayed, "name", "重放", "kind", "DEPARTMENT")).post("/api/agencies").then()
                .statusCode(201);
        assertTrue(placesHolding(replayed).contains("idempotency_key.body"), "bytes are searched too");
        assertTrue(placesHolding("$2a$").contains("app_user.password_hash"));
        assertEquals(List.of("app_user.password_hash"), placesHolding("$2a$"),
                "the bcrypt hash is nowhere else, not even in the audit trail");
    }

    /** Every column (cast to text) of every table in the schema that contains {@code value}. */
    private List<String> placesHolding(String value) throws SQLException {
        List<String> places = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("select table_name, column_name, data_type"
                    + " from information_schema.columns c where table_schema = 'public' and exists (select 1"
                    + " from information_schema.tables t where t.table_schema = c.table_schema"
                    + " and t.table_name = c.table_name and t.table_type = 'BASE TABLE')"
                    + " order by table_name, ordinal_position");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    // Bytes are searched as bytes: their text form is hex, which would hide a secret.
                    String column = "\"" + rows.getString(2) + "\"";
                    columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(
                            "bytea".equals(rows.getString(3)) ? "position(convert_to(?, 'UTF8') in " + column + ")"
                                    : "strpos(" + column + "::text, ?)");
                }
            }
            assertTrue(columns.containsKey("audit_log") && columns.containsKey("api_token"));
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                for (String column : table.getValue()) {
                    try (PreparedStatement statement = connection.prepareStatement("select count(*) from \""
                            + table.getKey() + "\" where " + column + " > 0")) {
                        statement.setString(1, value);
                        try (ResultSet count = statement.executeQuery()) {
                            count.next();
                            if (count.getLong(1) > 0) {
                                places.add(table.getKey() + "." + column.replaceAll(".*\"(\\w+)\".*", "$1"));
                            }
                        }
                    }
                }
            }
        }
        return places;
    }

    /** Every table gets the audit trigger, those of later migrations included, except the listed bookkeeping. */
    @Test
    void everyDomainTableIsAudited() throws SQLException {
        List<String> unaudited = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select c.relname from pg_class c"
                        + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema()"
                        + " and c.relkind = 'r' and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid"
                        + " and g.tgname = '0_audit') order by 1");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                unaudited.add(rows.getString(1));
            }
        }
        // The duties are derived from audited records by the rule (V80__duty.sql), and their sums per period from the
        // duties (V95__duty_period.sql); the rest is bookkeeping.
        assertEquals(List.of("audit_log", "demo_load", "duty", "duty_backfill", "duty_hearing", "duty_outcome",
                "duty_period", "duty_period_delta", "duty_period_pending", "duty_setting", "duty_stale",
                "flyway_schema_history", "idempotency_key", "login_source", "login_throttle",
                "user_session"), unaudited);
    }
}
