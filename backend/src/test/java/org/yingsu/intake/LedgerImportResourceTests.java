package org.yingsu.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.litigation.vocabulary.TrialLevel;
import org.yingsu.testing.Fixtures;

@QuarkusTest
class LedgerImportResourceTests {

    @Inject
    DataSource dataSource;

    @Inject
    LedgerImportService service;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Test
    void theSameLedgerImportedTwiceIsAllUnchangedAndTheDatabaseIsIdentical() throws SQLException {
        Map<String, Object> ledger = Samples.ledger(20);
        String agency = Samples.agencyOf(ledger);
        importLedger(ledger).then().statusCode(200)
                .body("agencies.created", equalTo(1)).body("officials.created", equalTo(2))
                .body("cases.created", equalTo(20)).body("hearings.created", equalTo(20))
                .body("notices.created", equalTo(20)).body("appearances.created", equalTo(20))
                .body("delegations.created", equalTo(7)).body("outcomes.created", equalTo(10));
        List<String> before = snapshot(agency);

        importLedger(ledger).then().statusCode(200)
                .body("agencies.unchanged", equalTo(1)).body("officials.unchanged", equalTo(2))
                .body("cases.unchanged", equalTo(20)).body("cases.created", equalTo(0))
                .body("cases.updated", equalTo(0)).body("hearings.unchanged", equalTo(20))
                .body("notices.unchanged", equalTo(20)).body("appearances.unchanged", equalTo(20))
                .body("delegations.unchanged", equalTo(7)).body("outcomes.unchanged", equalTo(10));
        assertEquals(before, snapshot(agency));
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneBadItemDeepInsideRejectsTheLedgerWithItsExactPathAndStoresNothing() throws SQLException {
        Map<String, Object> ledger = Samples.ledger(15);
        List<Map<String, Object>> cases = (List<Map<String, Object>>) ledger.get("cases");
        Map<String, Object> hearing = ((List<Map<String, Object>>) cases.get(12).get("hearings")).get(0);
        ((List<Map<String, Object>>) hearing.get("appearances")).get(0).put("officialCode", "GHOST-007");
        importLedger(ledger).then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors[0].field", equalTo("cases[12].hearings[0].appearances[0].officialCode"))
                .body("errors[0].message", equalTo("no official has the code GHOST-007"))
                .body("detail", org.hamcrest.Matchers.containsString("nothing was stored"));
        String agency = Samples.agencyOf(ledger);
        assertEquals(List.of("0"), rows("select count(*)::text from agency where code = ?", agency));
        assertEquals(List.of("0"), rows("select count(*)::text from official where code like ? || '%'", agency));
        assertEquals(List.of("0"), rows("""
                select count(*)::text from litigation_case where case_number = ?""",
                (String) cases.get(0).get("caseNumber")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void r4TheLedgerRefusesADelegateWhosePostHadEndedAsTheApiDoes() {
        Map<String, Object> ledger = Samples.ledger(3);
        ((List<Map<String, Object>>) ledger.get("officials")).get(1).put("validTo", "2021-12-31");
        importLedger(ledger).then().statusCode(422)
                .body("errors[0].field", equalTo("cases[0].hearings[0].delegations[0].delegateOfficialCode"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("not in post"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCodeThatIsNoneOfItsValuesIsReportedWithTheOthersAndTheAllowedOnes() {
        Map<String, Object> ledger = Samples.ledger(1);
        Map<String, Object> doc = ((List<Map<String, Object>>) ledger.get("cases")).get(0);
        doc.put("trialLevel", "THIRD_INSTANCE");
        doc.put("mandatoryCategories", List.of("MAJOR_PUBLIC_INTEREST", 7));
        ((List<Map<String, Object>>) ledger.get("officials")).get(0).put("role", " DEPUTY ");
        importLedger(ledger).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.contains("cases[0].trialLevel",
                        "cases[0].mandatoryCategories[1]"))
                .body("errors[0].message", equalTo("\"THIRD_INSTANCE\" is not allowed; must be one of "
                        + "FIRST_INSTANCE, SECOND_INSTANCE, RETRIAL"))
                .body("errors[1].message", org.hamcrest.Matchers.startsWith("\"7\" is not allowed"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void ledgerAppearancesDefaultToAgencySourceVerifiedIdentityAndNotLeftEarly() throws SQLException {
        Map<String, Object> ledger = Samples.ledger(1);
        importLedger(ledger).then().statusCode(200);
        String number = (String) ((List<Map<String, Object>>) ledger.get("cases")).get(0).get("caseNumber");
        assertEquals(List.of("AGENCY|VERIFIED|false"), rows("""
                select a.source || '|' || a.identity_status || '|' || a.left_early
                  from appearance a join hearing h on h.id = a.hearing_id join litigation_case c on c.id = h.case_id
                 where c.case_number = ?""", number));
    }

    @Test
    @SuppressWarnings("unchecked")
    void referenceDataRulesAreCheckedWithPaths() {
        Map<String, Object> ledger = Samples.ledger(1);
        ledger.put("format", "yingsu-ledger/9");
        List<Map<String, Object>> officials = (List<Map<String, Object>>) ledger.get("officials");
        officials.get(0).put("validTo", "2019-01-01");
        officials.get(1).put("agencyCode", "NOWHERE");
        Map<String, Object> child = new HashMap<>(Map.of("code", Fixtures.unique("CH"), "name", "下级", "kind",
                "SUBDISTRICT", "parentCode", "NOWHERE"));
        List<Map<String, Object>> agencies = new ArrayList<>((List<Map<String, Object>>) ledger.get("agencies"));
        agencies.add(child);
        agencies.add(Map.of("code", Samples.agencyOf(ledger), "name", "重复", "kind", "HOSPITAL"));
        ledger.put("agencies", agencies);
        importLedger(ledger).then().statusCode(422)
                .body("errors.field", hasItem("format"))
                .body("errors.field", hasItem("officials[0].validTo"))
                .body("errors.field", hasItem("officials[1].agencyCode"))
                .body("errors.field", hasItem("agencies[1].parentCode"))
                .body("errors.field", hasItem("agencies[2].code"))
                .body("errors.field", hasItem("agencies[2].kind"));
    }

    @Test
    void anOfficialCannotMoveToAnotherAgency() {
        Map<String, Object> ledger = Samples.ledger(0);
        importLedger(ledger).then().statusCode(200);
        String elsewhere = Fixtures.agency("DEPARTMENT");
        @SuppressWarnings("unchecked")
        Map<String, Object> official = ((List<Map<String, Object>>) ledger.get("officials")).get(0);
        official.put("agencyCode", elsewhere);
        importLedger(ledger).then().statusCode(422)
                .body("errors[0].field", equalTo("officials[0].agencyCode"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("a change of post is a new official"));
    }

    @Test
    void javaCallersImportThroughTheService() {
        Map<String, Object> ledger = Samples.ledger(3);
        LedgerDocument document = mapper.convertValue(ledger, LedgerDocument.class);
        var result = service.importLedger(document);
        assertEquals(3, result.cases().created());
        assertEquals(3, service.importLedger(document).cases().unchanged());
        var broken = new LedgerDocument("yingsu-ledger/1", List.of(), List.of(), List.of(
                new CaseDocument("某法院", "（2022）1号", TrialLevel.FIRST_INSTANCE, null, null, null,
                        List.of("NOWHERE"), null, null, null, null, null)));
        ProblemException e = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> service.importLedger(broken));
        assertEquals(422, e.problem().status());
        assertEquals("cases[0].defendants[0]", e.problem().errors().get(0).field());
    }

    private static io.restassured.response.Response importLedger(Map<String, Object> ledger) {
        return given().contentType(ContentType.JSON).body(ledger).post("/api/imports/ledger");
    }

    /** Every row the ledger of {@code agency} owns, with versions and timestamps. */
    private List<String> snapshot(String agency) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String sql : List.of(
                "select a::text from agency a where a.code = ?",
                "select o::text from official o join agency a on a.id = o.agency_id where a.code = ?",
                "select c::text from litigation_case c join case_defendant d on d.case_id = c.id join agency a on a.id = d.agency_id where a.code = ?",
                "select h::text from hearing h join case_defendant d on d.case_id = h.case_id join agency a on a.id = d.agency_id where a.code = ?",
                "select n::text from notice n join agency a on a.id = n.agency_id where a.code = ?",
                "select x::text from appearance x join agency a on a.id = x.agency_id where a.code = ?",
                "select x::text from delegation x join agency a on a.id = x.agency_id where a.code = ?",
                "select o::text from outcome o join case_defendant d on d.case_id = o.case_id join agency a on a.id = d.agency_id where a.code = ?")) {
            out.addAll(rows(sql + " order by 1", agency));
        }
        assertTrue(out.size() > 50);
        return out;
    }

    private List<String> rows(String sql, String arg) throws SQLException {
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
}
