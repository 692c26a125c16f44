package org.yingsu.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yingsu.intake.Samples.appearance;
import static org.yingsu.intake.Samples.caseDoc;
import static org.yingsu.intake.Samples.delegation;
import static org.yingsu.intake.Samples.hearing;
import static org.yingsu.intake.Samples.notice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.litigation.vocabulary.TrialLevel;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.StoredDuties;

@QuarkusTest
class CaseIntakeResourceTests {

    @Inject
    DataSource dataSource;

    String agency;
    String head;
    String staff;

    @BeforeEach
    void district() {
        agency = Fixtures.agency("DEPARTMENT");
        head = Fixtures.official(agency, "PRINCIPAL", "2020-01-01", null);
        staff = Fixtures.official(agency, "STAFF", "2020-01-01", null);
    }

    @Test
    void aCaseIsCreatedThenUnchangedWhenPushedAgainWithNoVersionBump() throws SQLException {
        String number = Samples.caseNumber();
        Map<String, Object> doc = caseDoc(number, List.of(agency), List.of(
                hearing("2022-03-01T09:30:00+08:00", "HELD", List.of(notice(number + "之一", agency, "2022-02-20")),
                        List.of(appearance(agency, head, true)), List.of(delegation(agency, staff, "2022-02-25")))));
        doc.put("outcome", Map.of("result", "REVOKED", "concludedOn", "2022-06-01"));
        push(List.of(doc)).then().statusCode(200)
                .body("cases[0].status", equalTo("created")).body("created", equalTo(1))
                .body("cases[0].caseNumber", equalTo(number)).body("cases[0].index", equalTo(0));
        List<String> before = snapshot(number);

        push(List.of(doc)).then().statusCode(200)
                .body("cases[0].status", equalTo("unchanged")).body("unchanged", equalTo(1));
        assertEquals(before, snapshot(number), "an unchanged push must not touch a stored value, version or time");
        assertEquals("COURT", single("""
                select a.source from appearance a join hearing h on h.id = a.hearing_id
                  join litigation_case c on c.id = h.case_id where c.case_number = ?""", number));
    }

    @Test
    void upsertUpdatesAHearingStatusAddsAnAppearanceAndLeavesOmittedHearingsAlone() throws SQLException {
        String number = Samples.caseNumber();
        Map<String, Object> first = hearing("2022-03-01T09:30:00+08:00", "SCHEDULED", List.of(), List.of(), List.of());
        Map<String, Object> second = hearing("2022-04-01T09:30:00+08:00", "SCHEDULED", List.of(), List.of(),
                List.of());
        push(List.of(caseDoc(number, List.of(agency), List.of(first, second)))).then().statusCode(200)
                .body("cases[0].status", equalTo("created"));

        // The court reports the first hearing held with the head present, and says nothing of the second.
        Map<String, Object> held = hearing("2022-03-01T01:30:00Z", "HELD", List.of(),
                List.of(appearance(agency, head, true)), List.of());
        push(List.of(caseDoc(number, List.of(agency), List.of(held)))).then().statusCode(200)
                .body("cases[0].status", equalTo("updated")).body("updated", equalTo(1));
        assertEquals("HELD:1,SCHEDULED:0", single("""
                select string_agg(h.status || ':' || h.version, ',' order by h.scheduled_at)
                  from hearing h join litigation_case c on c.id = h.case_id where c.case_number = ?""", number));

        // A second official's appearance is added to the known hearing; the first one stays.
        String deputy = Fixtures.official(agency, "DEPUTY", "2020-01-01", null);
        Map<String, Object> more = hearing("2022-03-01T09:30:00+08:00", "HELD", List.of(),
                List.of(appearance(agency, deputy, false)), List.of());
        push(List.of(caseDoc(number, List.of(agency), List.of(more)))).then().statusCode(200)
                .body("cases[0].status", equalTo("updated"));
        assertEquals("2", single("""
                select count(*)::text from appearance a join hearing h on h.id = a.hearing_id
                  join litigation_case c on c.id = h.case_id where c.case_number = ?""", number));
        assertEquals("2", single("""
                select count(*)::text from hearing h join litigation_case c on c.id = h.case_id
                 where c.case_number = ?""", number));
    }

    @Test
    void valuesADocumentLeavesOutKeepWhatIsStored() throws SQLException {
        String number = Samples.caseNumber();
        Map<String, Object> delegation = delegation(agency, staff, "2022-02-25");
        delegation.remove("status");
        Map<String, Object> present = appearance(agency, head, true);
        present.put("leftEarly", true);
        push(List.of(caseDoc(number, List.of(agency), List.of(hearing("2022-03-01T09:30:00+08:00", "HELD",
                List.of(), List.of(present), List.of(delegation)))))).then().statusCode(200);
        // The bureau approves the delegation; the court later pushes the case again without those values.
        update("""
                update delegation set status = 'APPROVED' where hearing_id in (select h.id from hearing h
                  join litigation_case c on c.id = h.case_id where c.case_number = ?)""", number);
        present.remove("leftEarly");
        Map<String, Object> again = caseDoc(number, List.of(agency), List.of(hearing("2022-03-01T09:30:00+08:00",
                "HELD", List.of(), List.of(present), List.of(delegation))));
        again.remove("filedOn");
        again.remove("plaintiffs");
        push(List.of(again)).then().statusCode(200).body("cases[0].status", equalTo("unchanged"));
        assertEquals("APPROVED|true|2022-01-05|{李某}", single("""
                select d.status || '|' || a.left_early || '|' || c.filed_on || '|' || c.plaintiffs::text
                  from litigation_case c join hearing h on h.case_id = c.id
                  join delegation d on d.hearing_id = h.id join appearance a on a.hearing_id = h.id
                 where c.case_number = ?""", number));
    }

    @Test
    void aBatchReportsEachCaseInOrder() {
        String known = Samples.caseNumber();
        push(List.of(caseDoc(known, List.of(agency), List.of()))).then().statusCode(200);
        Map<String, Object> changed = caseDoc(known, List.of(agency), List.of());
        changed.put("causeOfAction", "行政强制");
        String fresh = Samples.caseNumber();
        push(List.of(caseDoc(fresh, List.of(agency), List.of()), changed)).then().statusCode(200)
                .body("cases.status", contains("created", "updated"))
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(0));
    }

    @Test
    void oneBadItemDeepInsideRejectsTheWholeBatchWithItsExactPathAndStoresNothing() throws SQLException {
        List<Map<String, Object>> batch = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String number = Samples.caseNumber();
            numbers.add(number);
            batch.add(caseDoc(number, List.of(agency), List.of(hearing("2022-03-01T09:30:00+08:00", "HELD",
                    List.of(), List.of(appearance(agency, i == 3 ? "NO-SUCH-OFFICIAL" : head, true)), List.of()))));
        }
        push(batch).then().statusCode(422).contentType("application/problem+json")
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("[3].hearings[0].appearances[0].officialCode"))
                .body("errors[0].message", equalTo("no official has the code NO-SUCH-OFFICIAL"));
        assertEquals("0", single("select count(*)::text from litigation_case where case_number = any(string_to_array(?, ','))",
                String.join(",", numbers)));
    }

    @Test
    void impossibleRecordsAreRejectedWithTheRuleTheyBreak() {
        String other = Fixtures.agency("SUBDISTRICT");
        String outsider = Fixtures.official(other, "PRINCIPAL", "2020-01-01", null);
        String lawyer = Fixtures.official(agency, "LAWYER", "2020-01-01", null);
        String number = Samples.caseNumber();
        Map<String, Object> scheduled = hearing("2022-05-01T09:30:00+08:00", "SCHEDULED", List.of(),
                List.of(appearance(agency, head, true)), List.of(delegation(agency, lawyer, "2022-04-20")));
        Map<String, Object> held = hearing("2022-03-01T09:30:00+08:00", "HELD",
                List.of(notice(number + "之一", other, "2022-02-20")),
                List.of(appearance(other, outsider, true)), List.of(delegation(agency, head, "2022-02-25")));
        Map<String, Object> doc = caseDoc(number, List.of(agency), List.of(held, scheduled));
        doc.put("trialLevel", "THIRD_INSTANCE");
        push(List.of(doc)).then().statusCode(422)
                .body("errors.field", hasItem("[0].trialLevel"))
                .body("errors.field", hasItem("[0].hearings[0].notices[0].agencyCode"))
                .body("errors.field", hasItem("[0].hearings[0].appearances[0].officialCode"))
                .body("errors.field", hasItem("[0].hearings[0].delegations[0].delegateOfficialCode"))
                .body("errors.field", hasItem("[0].hearings[1].appearances[0]"))
                .body("errors.field", hasItem("[0].hearings[1].delegations[0].delegateOfficialCode"))
                .body("errors.find { it.field == '[0].hearings[1].appearances[0]' }.message",
                        equalTo("appearances are recorded only at a hearing that was held; this hearing is SCHEDULED"))
                .body("errors.find { it.field == '[0].hearings[1].delegations[0].delegateOfficialCode' }.message",
                        org.hamcrest.Matchers.containsString("a lawyer alone is never a valid delegate"));
    }

    @Test
    void aBatchMustHoldOneToOneThousandCasesAndAnOversizedOneChangesNothing() throws SQLException {
        push(List.of()).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        List<Map<String, Object>> batch = new ArrayList<>();
        String first = Samples.caseNumber();
        for (int i = 0; i < 1001; i++) {
            batch.add(caseDoc(i == 0 ? first : Samples.caseNumber(), List.of(agency), List.of()));
        }
        push(batch).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("this one has 1001"));
        assertEquals("0", single("select count(*)::text from litigation_case where case_number = ?", first));
    }

    @Test
    void malformedValuesAre400WithTheirPathNeverA500() {
        Map<String, Object> doc = caseDoc(Samples.caseNumber(), List.of(agency), List.of(
                hearing("next tuesday", "HELD", List.of(), List.of(), List.of())));
        push(List.of(doc)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("[0].hearings[0].scheduledAt"));
        given().contentType(ContentType.JSON).body("{\"not\":\"an array\"}").post("/api/intake/cases")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aJavaCallerInItsOwnTransactionDecidesWhetherTheIntakeIsKept() throws Exception {
        String number = Samples.caseNumber();
        CaseDocument doc = new CaseDocument(Samples.COURT, number, TrialLevel.FIRST_INSTANCE, null, null,
                null, List.of(agency), null, null, null, null, null);
        transaction.begin();
        assertEquals(1, service.intake(List.of(doc)).created());
        transaction.rollback();
        assertEquals("0", single("select count(*)::text from litigation_case where case_number = ?", number));
    }

    @Inject
    CaseIntakeService service;

    @Inject
    jakarta.transaction.UserTransaction transaction;

    private static io.restassured.response.Response push(List<Map<String, Object>> cases) {
        return given().contentType(ContentType.JSON).body(cases).post("/api/intake/cases");
    }

    /** Every stored value of a case and what hangs off it, versions and timestamps included. */
    private List<String> snapshot(String number) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String sql : List.of(
                "select c::text from litigation_case c where case_number = ?",
                "select h::text from hearing h join litigation_case c on c.id = h.case_id where c.case_number = ?",
                "select n::text from notice n join hearing h on h.id = n.hearing_id join litigation_case c on c.id = h.case_id where c.case_number = ?",
                "select a::text from appearance a join hearing h on h.id = a.hearing_id join litigation_case c on c.id = h.case_id where c.case_number = ?",
                "select d::text from delegation d join hearing h on h.id = d.hearing_id join litigation_case c on c.id = h.case_id where c.case_number = ?",
                "select o::text from outcome o join litigation_case c on c.id = o.case_id where c.case_number = ?")) {
            rows.addAll(all(sql + " order by 1", number));
        }
        return rows;
    }

    private void update(String sql, String arg) throws SQLException {
        StoredDuties.update(dataSource, sql, arg);
    }

    private String single(String sql, String arg) throws SQLException {
        List<String> rows = all(sql, arg);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private List<String> all(String sql, String arg) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /**
     * Generated clients send {@code []} for every list they were not given: an outcome-only update must not wipe
     * the case's plaintiffs and categories, neither through intake nor through the ledger; clearing is done with
     * {@code PUT /api/cases/{id}}.
     */
    @Test
    void anEmptyOrNullListKeepsWhatIsStoredAndThePutOnTheCaseClearsIt() {
        String number = Samples.caseNumber();
        Map<String, Object> doc = caseDoc(number, List.of(agency), List.of());
        doc.put("mandatoryCategories", List.of("MAJOR_PUBLIC_INTEREST"));
        push(List.of(doc)).then().statusCode(200).body("cases[0].status", equalTo("created"));

        Map<String, Object> outcomeOnly = caseDoc(number, List.of(agency), List.of());
        outcomeOnly.put("plaintiffs", List.of());
        outcomeOnly.put("mandatoryCategories", List.of());
        outcomeOnly.put("outcome", Map.of("result", "REVOKED", "concludedOn", "2022-06-01"));
        push(List.of(outcomeOnly)).then().statusCode(200).body("cases[0].status", equalTo("updated"));
        Map<String, Object> nulls = caseDoc(number, List.of(agency), List.of());
        nulls.put("plaintiffs", null);
        nulls.put("mandatoryCategories", null);
        push(List.of(nulls)).then().statusCode(200).body("cases[0].status", equalTo("unchanged"));

        Map<String, Object> ledger = new java.util.HashMap<>(Map.of("format", "yingsu-ledger/1",
                "agencies", List.of(), "officials", List.of(), "cases", List.of(outcomeOnly)));
        given().contentType(ContentType.JSON).body(ledger).post("/api/imports/ledger").then().statusCode(200)
                .body("cases.unchanged", equalTo(1));

        var stored = given().queryParam("q", number).get("/api/cases").then().statusCode(200)
                .body("items[0].plaintiffs", contains("李某"))
                .body("items[0].mandatoryCategories", contains("MAJOR_PUBLIC_INTEREST")).extract().jsonPath();
        long id = stored.getLong("items[0].id");

        // Clearing is done on the case itself.
        Map<String, Object> update = new java.util.HashMap<>(Map.of("trialLevel", "FIRST_INSTANCE",
                "filedOn", "2022-01-05", "causeOfAction", "行政处罚", "plaintiffs", List.of(),
                "defendants", List.of(agency), "mandatoryCategories", List.of()));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + stored.getLong("items[0].version") + "\"")
                .body(update).put("/api/cases/" + id).then().statusCode(200)
                .body("plaintiffs.size()", equalTo(0)).body("mandatoryCategories.size()", equalTo(0));
    }
}
