package org.yingsu.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.SecurityFixtures;
import org.yingsu.testing.SecurityFixtures.Token;

/**
 * Issue 19 item 3: the actor is told to PostgreSQL inside each transaction and forgotten with it, so that a
 * transaction pooler, which hands one server connection to many clients in turn, can never pass one caller's name to
 * another's writes.
 */
@QuarkusTest
class AuditActorTests {

    private static final int WRITES_PER_CALLER = 12;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoCallersWritingAtOnceAreEachNamedOnTheirOwnRecords() throws Exception {
        List<Token> callers = List.of(SecurityFixtures.token("ADMIN", null), SecurityFixtures.token("ADMIN", null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> writes = new ArrayList<>();
            for (int i = 0; i < WRITES_PER_CALLER; i++) {
                for (Token caller : callers) {
                    writes.add(pool.submit((Callable<String[]>) () -> {
                        String code = Fixtures.unique("AA");
                        Api.as(caller.secret()).contentType(ContentType.JSON)
                                .body(Map.of("code", code, "name", "并发写入", "kind", "DEPARTMENT"))
                                .post("/api/agencies").then().statusCode(201);
                        return new String[] {code, "token:" + caller.id()};
                    }));
                }
            }
            for (Future<String[]> write : writes) {
                String[] made = write.get();
                List<String> actors = given().queryParam("entity", "agency").queryParam("size", 500)
                        .get("/api/audit").then().statusCode(200).extract().jsonPath()
                        .getList("items.findAll { it.naturalKey == '" + made[0] + "' }.actor", String.class);
                assertEquals(List.of(made[1]), actors, "the record of agency " + made[0] + " names its writer");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aConnectionBackInThePoolCarriesNoActor() throws SQLException {
        Token caller = SecurityFixtures.token("ADMIN", null);
        Api.as(caller.secret()).contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("AA"), "name", "池中连接", "kind", "DEPARTMENT"))
                .post("/api/agencies").then().statusCode(201);
        // The pool's connections stand for the server connections a pooler would hand to the next client.
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Connection connection = dataSource.getConnection();
                all.add(connection);
                try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                        "select coalesce(current_setting('yingsu.actor', true), ''),"
                                + " coalesce(current_setting('yingsu.role', true), '')")) {
                    assertTrue(rs.next());
                    assertEquals("", rs.getString(1), "no actor is left on a server connection");
                    assertEquals("", rs.getString(2), "no role is left on a server connection");
                }
            }
        } finally {
            for (Connection connection : all) {
                connection.close();
            }
        }
    }
}
