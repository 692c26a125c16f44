package org.yingsu.litigation.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

@QuarkusTest
class CaseResourceTests {

    private static final String COURT = "重庆市渝北区人民法院";

    @Test
    void createReadUpdateDeleteACaseWithCoDefendants() {
        String government = Fixtures.agency("DISTRICT_GOVERNMENT");
        String bureau = Fixtures.agency("DEPARTMENT");
        String number = Fixtures.unique("（2022）渝0112行初");
        long id = Json.post("/api/cases", Map.of("court", COURT, "caseNumber", number,
                        "trialLevel", "FIRST_INSTANCE", "filedOn", "2022-01-05", "causeOfAction", "行政复议",
                        "plaintiffs", List.of("李某", "赵某"), "defendants", List.of(bureau, government),
                        "mandatoryCategories", List.of("HIGH_SOCIAL_CONCERN")))
                .statusCode(201).header("ETag", "\"0\"")
                .body("court", equalTo(COURT)).body("caseNumber", equalTo(number))
                .body("plaintiffs", contains("李某", "赵某"))
                .body("defendants.code", contains(List.of(bureau, government).stream().sorted().toArray()))
                .body("mandatoryCategories", contains("HIGH_SOCIAL_CONCERN")).body("mandatory", equalTo(true))
                .extract().jsonPath().getLong("id");

        given().get("/api/cases/" + id).then().statusCode(200).body("causeOfAction", equalTo("行政复议"));
        given().queryParam("agencyCode", government).get("/api/cases").then()
                .body("items.id", hasItem((int) id)).body("total", equalTo(1));
        given().queryParam("q", number).queryParam("mandatory", true).get("/api/cases").then()
                .body("items.id", contains((int) id));
        given().queryParam("q", number).queryParam("mandatory", false).get("/api/cases").then()
                .body("items", hasSize(0));

        Json.put("/api/cases/" + id, "\"0\"", Map.of("trialLevel", "FIRST_INSTANCE", "causeOfAction", "行政处罚",
                        "defendants", List.of(bureau), "plaintiffs", List.of("李某")))
                .statusCode(200).body("defendants.code", contains(bureau)).body("mandatory", equalTo(false))
                .body("causeOfAction", equalTo("行政处罚")).body("version", equalTo(1));
        given().queryParam("agencyCode", government).get("/api/cases").then().body("items.id", not(hasItem((int) id)));

        given().delete("/api/cases/" + id).then().statusCode(204);
        given().get("/api/cases/" + id).then().statusCode(404);
    }

    @Test
    void r2ACaseWithAMandatoryCategoryIsMandatoryAndUnknownCategoriesAreRefused() {
        String bureau = Fixtures.agency("DEPARTMENT");
        String number = Fixtures.unique("（2022）渝0112行初");
        Json.post("/api/cases", Map.of("court", COURT, "caseNumber", number, "trialLevel", "FIRST_INSTANCE",
                        "defendants", List.of(bureau),
                        "mandatoryCategories", List.of("PROCURATORIAL_PUBLIC_INTEREST", "MAJOR_PUBLIC_INTEREST")))
                .statusCode(201).body("mandatory", equalTo(true))
                .body("mandatoryCategories", contains("MAJOR_PUBLIC_INTEREST", "PROCURATORIAL_PUBLIC_INTEREST"));
        Json.post("/api/cases", Map.of("court", COURT, "caseNumber", Fixtures.unique("（2022）渝0112行初"),
                        "trialLevel", "FIRST_INSTANCE", "defendants", List.of(bureau),
                        "mandatoryCategories", List.of("VERY_IMPORTANT")))
                .statusCode(400).body("errors[0].field", equalTo("mandatoryCategories[0]"));
        given().queryParam("agencyCode", bureau).queryParam("mandatory", true).get("/api/cases").then()
                .body("items.caseNumber", contains(number));
    }

    @Test
    void caseNumberSearchIgnoresBracketWidthSpacesAndHexagonalBrackets() {
        String bureau = Fixtures.agency("DEPARTMENT");
        String serial = Fixtures.unique("");
        String courtForm = "（2022）渝0112行初" + serial + "号";
        long id = Json.post("/api/cases", Map.of("court", COURT, "caseNumber", courtForm,
                        "trialLevel", "FIRST_INSTANCE", "defendants", List.of(bureau)))
                .statusCode(201).extract().jsonPath().getLong("id");
        for (String typed : List.of("(2022)渝0112行初" + serial + "号", " ( 2022 ) 渝0112 行初" + serial + "号",
                "〔2022〕渝0112行初" + serial, "（２０２２)渝0112行初" + serial)) {
            given().queryParam("q", typed).get("/api/cases").then().statusCode(200)
                    .body("items.id", contains((int) id));
        }
        // A number stored as a ledger typed it is found by the courts' form too.
        String ledgerSerial = Fixtures.unique("");
        long typedId = Json.post("/api/cases", Map.of("court", COURT, "caseNumber", "(2023) 渝0112行初" + ledgerSerial
                        + "号", "trialLevel", "FIRST_INSTANCE", "defendants", List.of(bureau)))
                .statusCode(201).extract().jsonPath().getLong("id");
        given().queryParam("q", "（2023）渝0112行初" + ledgerSerial + "号").get("/api/cases").then()
                .body("items.id", contains((int) typedId));
    }

    @Test
    void duplicateCourtAndCaseNumberIs409() {
        String bureau = Fixtures.agency("DEPARTMENT");
        Map<String, Object> body = Map.of("court", COURT, "caseNumber", Fixtures.unique("（2022）渝0112行初"),
                "trialLevel", "FIRST_INSTANCE", "defendants", List.of(bureau));
        Json.post("/api/cases", body).statusCode(201);
        Json.post("/api/cases", body).statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("caseNumber"))
                .body("detail", containsString("court and case number"));
    }

    @Test
    void aRejectedCaseStoresNothing() {
        String bureau = Fixtures.agency("DEPARTMENT");
        String number = Fixtures.unique("（2022）渝0112行初");
        Json.post("/api/cases", Map.of("court", COURT, "caseNumber", number, "trialLevel", "FIRST_INSTANCE",
                        "defendants", List.of(bureau, "NO-SUCH-AGENCY")))
                .statusCode(422).body("errors[0].field", equalTo("defendants[1]"))
                .body("errors[0].message", containsString("NO-SUCH-AGENCY"));
        given().queryParam("q", number).get("/api/cases").then().body("total", equalTo(0));
    }

    @Test
    void theCaseFileHoldsHearingsWithTheirRecordsAndTheOutcome() {
        String bureau = Fixtures.agency("DEPARTMENT");
        String head = Fixtures.official(bureau, "PRINCIPAL", "2020-01-01", null);
        long caseId = Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE");
        long first = Fixtures.hearing(caseId, "2022-03-01T09:30:00+08:00", "HELD");
        long second = Fixtures.hearing(caseId, "2022-04-01T09:30:00+08:00", "SCHEDULED");
        Json.post("/api/notices", Map.of("hearingId", first, "agencyCode", bureau,
                "number", Fixtures.unique("通知"), "servedOn", "2022-02-20")).statusCode(201);
        Json.post("/api/appearances", Map.of("hearingId", first, "officialCode", head, "spoke", true))
                .statusCode(201);
        Json.putNew("/api/cases/" + caseId + "/outcome",
                Map.of("result", "REVOKED", "concludedOn", "2022-06-01")).statusCode(200)
                .body("coordinated", equalTo(false));

        given().get("/api/cases/" + caseId + "/file").then().statusCode(200)
                .body("litigationCase.id", equalTo((int) caseId))
                .body("hearings.hearing.id", contains((int) first, (int) second))
                .body("hearings[0].notices", hasSize(1))
                .body("hearings[0].appearances[0].officialCode", equalTo(head))
                .body("hearings[1].appearances", hasSize(0))
                .body("outcome.result", equalTo("REVOKED"));
    }

    @Test
    void anOutcomeIsRecordedCorrectedAndRemoved() {
        long caseId = Fixtures.caseOf(List.of(Fixtures.agency("DEPARTMENT")), "FIRST_INSTANCE");
        given().get("/api/cases/" + caseId + "/outcome").then().statusCode(404);
        Json.putNew("/api/cases/" + caseId + "/outcome",
                Map.of("result", "CLAIMS_DISMISSED", "concludedOn", "2022-06-01", "coordinated", true))
                .statusCode(200).header("ETag", "\"0\"").body("result", equalTo("CLAIMS_DISMISSED"));
        Json.put("/api/cases/" + caseId + "/outcome", "\"0\"",
                Map.of("result", "CONFIRMED_ILLEGAL", "concludedOn", "2022-06-02", "coordinated", false))
                .statusCode(200).body("result", equalTo("CONFIRMED_ILLEGAL")).body("version", equalTo(1));
        Json.put("/api/cases/" + caseId + "/outcome", "\"0\"",
                Map.of("result", "WITHDRAWN", "concludedOn", "2022-06-02")).statusCode(412);
        given().get("/api/cases/" + caseId + "/outcome").then().body("concludedOn", equalTo("2022-06-02"));
        given().delete("/api/cases/" + caseId + "/outcome").then().statusCode(204);
        given().get("/api/cases/" + caseId + "/file").then().body("outcome", nullValue());
    }

    @Test
    void aDefendantWithRecordsInTheCaseCannotBeRemoved() {
        String bureau = Fixtures.agency("DEPARTMENT");
        String other = Fixtures.agency("DEPARTMENT");
        long caseId = Fixtures.caseOf(List.of(bureau, other), "FIRST_INSTANCE");
        long hearing = Fixtures.hearing(caseId, "2022-03-01T09:30:00+08:00", "HELD");
        Json.post("/api/notices", Map.of("hearingId", hearing, "agencyCode", other,
                "number", Fixtures.unique("通知"), "servedOn", "2022-02-20")).statusCode(201);
        Json.put("/api/cases/" + caseId, "\"0\"", Map.of("trialLevel", "FIRST_INSTANCE", "defendants", List.of(bureau)))
                .statusCode(422).body("errors[0].field", equalTo("defendants"));
        given().get("/api/cases/" + caseId).then().body("defendants", hasSize(2));
    }
}
