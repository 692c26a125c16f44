package org.yingsu.bulletins;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yingsu.testing.Fixtures.Quarter;
import org.yingsu.testing.Fixtures;

/**
 * A quarter of a small district, built up agency by agency and imported as one ledger: agencies with a head and a
 * staff member each, and first-instance cases heard in the quarter with or without the head.
 */
final class BulletinLedger {

    static final String COURT = "重庆市渝北区人民法院";

    private final Quarter quarter;
    /** Agencies' codes share it and end in A, B, C… so that they sort in the order they were made. */
    private final String base = Fixtures.unique("BL");
    private final List<Map<String, Object>> agencies = new ArrayList<>();
    private final List<Map<String, Object>> officials = new ArrayList<>();
    private final List<Map<String, Object>> cases = new ArrayList<>();
    private int hearings;

    BulletinLedger(Quarter quarter) {
        this.quarter = quarter;
    }

    /** A new agency (at most 26 a ledger) with a head ({@code code-H}) and a staff member ({@code code-S}); its code. */
    String agency(String name, String kind) {
        String code = base + "-" + (char) ('A' + agencies.size());
        agencies.add(Map.of("code", code, "name", name, "kind", kind));
        officials.add(Map.of("code", code + "-H", "agencyCode", code, "name", "张某", "role", "PRINCIPAL",
                "title", "局长", "validFrom", "1990-01-01"));
        officials.add(Map.of("code", code + "-S", "agencyCode", code, "name", "李某", "role", "STAFF",
                "title", "科员", "validFrom", "1990-01-01"));
        return code;
    }

    /** A case of the agency heard in the quarter, the head appearing or nobody; its case number. */
    String heard(String agency, boolean withHead) {
        return heard(agency, withHead ? List.of(Map.of("officialCode", agency + "-H", "spoke", true)) : List.of(),
                List.of(), List.of());
    }

    /** Heard without the head, who had delegated with the bureau's approval in time: a justified absence. */
    String heardWithApprovedDelegation(String agency) {
        return heard(agency, List.of(Map.of("officialCode", agency + "-S", "spoke", true)), List.of(),
                List.of(Map.of("agencyCode", agency, "reasonCategory", "NON_DELEGABLE_DUTY",
                        "reason", "局长当日出席市政府常务会议，需要履行他人不能代替的公务",
                        "delegateOfficialCode", agency + "-S", "filedOn", quarter.date(1, 1), "status", "APPROVED")));
    }

    /** Heard after the court notified the agency's head, who appeared or not. */
    String noticed(String agency, boolean attended) {
        return heard(agency, attended ? List.of(Map.of("officialCode", agency + "-H", "spoke", true)) : List.of(),
                List.of(Map.of("number", Fixtures.unique("（" + quarter.year() + "）渝0112行初之"),
                        "agencyCode", agency, "servedOn", quarter.date(1, 1))), List.of());
    }

    private String heard(String agency, List<Map<String, Object>> appearances, List<Map<String, Object>> notices,
            List<Map<String, Object>> delegations) {
        String number = Fixtures.unique("（" + quarter.year() + "）渝0112行初");
        Map<String, Object> hearing = Map.of("scheduledAt", nextHearing(), "status", "HELD",
                "appearances", appearances, "notices", notices, "delegations", delegations);
        Map<String, Object> document = new HashMap<>(Map.of("court", COURT, "caseNumber", number,
                "trialLevel", "FIRST_INSTANCE", "causeOfAction", "行政处罚", "defendants", List.of(agency),
                "hearings", List.of(hearing)));
        cases.add(document);
        return number;
    }

    /** A distinct morning in the quarter's second and third months for each hearing. */
    private String nextHearing() {
        int index = hearings++;
        return quarter.date(2 + (index / 28) % 2, 1 + index % 28) + "T" + String.format("%02d", 9 + index / 56 % 8)
                + ":30:00+08:00";
    }

    void importIt() {
        given().contentType(ContentType.JSON).body(Map.of("format", "yingsu-ledger/1", "agencies", agencies,
                "officials", officials, "cases", cases)).post("/api/imports/ledger").then().statusCode(200);
    }
}
