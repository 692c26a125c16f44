package org.yingsu.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;
import org.yingsu.testing.StoredDuties;

/**
 * Court intake, the ledger import and the single-record API (an official's post changing) write the same cases at
 * the same time; afterwards the duties they kept are exactly those computed from scratch (docs/domain.md §4, issue 14 item 2).
 */
@QuarkusTest
class DutyConcurrencyTests {

    private static final int CASES = 12;
    private static final int ROUNDS = 6;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void concurrentIntakeLedgerAndPostChangesLeaveTheDutiesAsComputedFromScratch() throws Exception {
        String agency = Fixtures.unique("DC");
        String head = agency + "-H";
        String deputy = agency + "-D";
        String staff = agency + "-S";
        List<Map<String, Object>> officials = List.of(
                official(head, agency, "PRINCIPAL", "2020-01-01", null),
                official(deputy, agency, "DEPUTY", "2020-01-01", null),
                official(staff, agency, "STAFF", "2020-01-01", null));
        List<String> numbers = new ArrayList<>();
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            numbers.add(Samples.caseNumber());
            cases.add(Samples.caseDoc(numbers.get(i), List.of(agency), List.of()));
        }
        ledger(List.of(Map.of("code", agency, "name", "并发测试局" + agency, "kind", "DEPARTMENT")), officials, cases)
                .statusCode(200);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> work = new ArrayList<>();
        // Court intake: each case's first hearing, the head appearing at some.
        work.add(pool.submit(rounds(round -> {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = round % 2; i < CASES; i += 2) {
                List<Map<String, Object>> at = i % 3 == 0 ? List.of(Samples.appearance(agency, head, true))
                        : List.of();
                batch.add(Samples.caseDoc(numbers.get(i), List.of(agency), List.of(Samples.hearing(
                        "2022-03-0" + (1 + i % 9) + "T09:30:00+08:00", "HELD", List.of(), at, List.of()))));
            }
            return Json.post("/api/intake/cases", batch);
        })));
        // The ledger: a later hearing with a notice (a renewed duty where the head had appeared), a delegation.
        work.add(pool.submit(rounds(round -> {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = (round + 1) % 2; i < CASES; i += 2) {
                batch.add(Samples.caseDoc(numbers.get(i), List.of(agency), List.of(Samples.hearing(
                        "2022-06-0" + (1 + i % 9) + "T09:30:00+08:00", "HELD",
                        List.of(Samples.notice(numbers.get(i) + "之二", agency, "2022-05-20")),
                        i % 4 == 0 ? List.of(Samples.appearance(agency, deputy, true)) : List.of(),
                        List.of(Samples.delegation(agency, staff, "2022-05-25"))))));
            }
            return ledger(List.of(), List.of(), batch);
        })));
        // An official's post changing back and forth, through the single-record API.
        work.add(pool.submit(rounds(round -> {
            String etag = given().get("/api/officials/" + head).then().statusCode(200).extract().header("ETag");
            Map<String, Object> body = new HashMap<>();
            body.put("name", "王某");
            body.put("role", "PRINCIPAL");
            body.put("validFrom", "2020-01-01");
            body.put("validTo", round % 2 == 0 ? "2022-04-30" : null);
            return Json.put("/api/officials/" + head, etag, body);
        })));
        int done = 0;
        for (Future<Integer> f : work) {
            done += f.get();
        }
        pool.shutdown();
        assertEquals(3 * ROUNDS, done);

        List<Long> ids = caseIds(numbers);
        assertEquals(CASES, ids.size());
        List<List<String>> compared = StoredDuties.storedAndFresh(dataSource, ids);
        assertTrue(compared.get(0).size() >= CASES, "every case has its duty: " + compared.get(0));
        assertEquals(compared.get(1), compared.get(0), "maintained duties equal the ones computed from scratch");
        // The writers added to and took from the same agency-periods at once: no increment was lost.
        List<List<String>> sums = StoredDuties.periodSums(dataSource);
        assertEquals(sums.get(1), sums.get(0), "the sums per agency and period equal the stored rows'");
    }

    private interface Round {
        ValidatableResponse run(int round);
    }

    /**
     * A writer's rounds; a 409 (another request stored the same case at the same moment, or a stale ETag: 412) is
     * retried as the client would, anything else must succeed.
     */
    private static Callable<Integer> rounds(Round round) {
        return () -> {
            int done = 0;
            for (int r = 0; r < ROUNDS; r++) {
                while (true) {
                    int status = round.run(r).extract().statusCode();
                    if (status == 409 || status == 412) {
                        continue;
                    }
                    assertTrue(status == 200 || status == 201, "round " + r + " answered " + status);
                    done++;
                    break;
                }
            }
            return done;
        };
    }

    private static ValidatableResponse ledger(List<Map<String, Object>> agencies, List<Map<String, Object>> officials,
            List<Map<String, Object>> cases) {
        return Json.post("/api/imports/ledger", Map.of("format", "yingsu-ledger/1", "agencies", agencies,
                "officials", officials, "cases", cases));
    }

    private static Map<String, Object> official(String code, String agency, String role, String from, String to) {
        Map<String, Object> o = new HashMap<>();
        o.put("code", code);
        o.put("agencyCode", agency);
        o.put("name", "王某");
        o.put("role", role);
        o.put("title", "局长");
        o.put("validFrom", from);
        o.put("validTo", to);
        return o;
    }

    private List<Long> caseIds(List<String> numbers) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id from litigation_case where case_number = any (?) order by id")) {
            ps.setArray(1, c.createArrayOf("text", numbers.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
