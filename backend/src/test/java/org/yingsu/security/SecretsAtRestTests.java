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
        String token = SecurityFixtures.token("READER", null).secret();

        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("first password", password);
        secrets.put("changed password", newPassword);
        secrets.put("session secret", session);
        secrets.put("CSRF token", csrf);
        secrets.put("API token", token);
        secrets.put("bootstrap token", Api.adminToken());
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
        assertTrue(placesHolding("$2a$").contains("app_user.password_hash"));
        assertEquals(List.of("app_user.password_hash"), placesHolding("$2a$"),
                "the bcrypt hash is nowhere else, not even in the audit trail");
    }

    /** Every column (cast to text) of every table in the schema that contains {@code value}. */
    private List<String> placesHolding(String value) throws SQLException {
        List<String> places = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("select table_name, column_name"
                    + " from information_schema.columns c where table_schema = 'public' and exists (select 1"
                    + " from information_schema.tables t where t.table_schema = c.table_schema"
                    + " and t.table_name = c.table_name and t.table_type = 'BASE TABLE')"
                    + " order by table_name, ordinal_position");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            assertTrue(columns.containsKey("audit_log") && columns.containsKey("api_token"));
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                for (String column : table.getValue()) {
                    try (PreparedStatement statement = connection.prepareStatement("select count(*) from \""
                            + table.getKey() + "\" where strpos(\"" + column + "\"::text, ?) > 0")) {
                        statement.setString(1, value);
                        try (ResultSet count = statement.executeQuery()) {
                            count.next();
                            if (count.getLong(1) > 0) {
                                places.add(table.getKey() + "." + column);
                            }
                        }
                    }
                }
            }
        }
        return places;
    }
}
