package org.yingsu.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yingsu.testing.Fixtures;

/** Case documents and ledgers as clients send them: plain JSON maps, with unique keys per test. */
final class Samples {

    static final String COURT = "重庆市渝北区人民法院";

    private Samples() {
    }

    static String caseNumber() {
        return Fixtures.unique("（2022）渝0112行初");
    }

    static Map<String, Object> caseDoc(String caseNumber, List<String> defendants, List<Map<String, Object>> hearings) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("court", COURT);
        doc.put("caseNumber", caseNumber);
        doc.put("trialLevel", "FIRST_INSTANCE");
        doc.put("filedOn", "2022-01-05");
        doc.put("causeOfAction", "行政处罚");
        doc.put("plaintiffs", List.of("李某"));
        doc.put("defendants", defendants);
        doc.put("mandatoryCategories", List.of());
        doc.put("hearings", hearings);
        return doc;
    }

    static Map<String, Object> hearing(String scheduledAt, String status, List<Map<String, Object>> notices,
            List<Map<String, Object>> appearances, List<Map<String, Object>> delegations) {
        Map<String, Object> h = new HashMap<>();
        h.put("scheduledAt", scheduledAt);
        h.put("status", status);
        h.put("notices", notices);
        h.put("appearances", appearances);
        h.put("delegations", delegations);
        return h;
    }

    static Map<String, Object> notice(String number, String agencyCode, String servedOn) {
        return new HashMap<>(Map.of("number", number, "agencyCode", agencyCode, "servedOn", servedOn));
    }

    static Map<String, Object> appearance(String agencyCode, String officialCode, boolean spoke) {
        return new HashMap<>(Map.of("agencyCode", agencyCode, "officialCode", officialCode, "spoke", spoke));
    }

    static Map<String, Object> delegation(String agencyCode, String delegate, String filedOn) {
        return new HashMap<>(Map.of("agencyCode", agencyCode, "reasonCategory", "NON_DELEGABLE_DUTY",
                "reason", "当日须出席区政府常务会议研究防汛工作", "delegateOfficialCode", delegate, "filedOn", filedOn,
                "status", "APPROVED"));
    }

    /** A district with one agency, a head and a staff member, and {@code count} cases with full histories. */
    static Map<String, Object> ledger(int count) {
        String agency = Fixtures.unique("LG");
        String head = agency + "-HEAD";
        String staff = agency + "-STAFF";
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String number = caseNumber();
            Map<String, Object> held = hearing("2022-03-0" + (1 + i % 9) + "T09:30:00+08:00", "HELD",
                    List.of(notice(number + "之一", agency, "2022-02-20")),
                    List.of(appearance(agency, i % 3 == 0 ? staff : head, i % 4 != 0)),
                    i % 3 == 0 ? List.of(delegation(agency, staff, "2022-02-25")) : List.of());
            Map<String, Object> doc = caseDoc(number, List.of(agency), List.of(held));
            if (i % 2 == 0) {
                doc.put("outcome", Map.of("result", i % 4 == 0 ? "REVOKED" : "CLAIMS_DISMISSED",
                        "concludedOn", "2022-06-01", "coordinated", false));
            }
            cases.add(doc);
        }
        Map<String, Object> ledger = new HashMap<>();
        ledger.put("format", "yingsu-ledger/1");
        ledger.put("agencies", List.of(Map.of("code", agency, "name", "测试区生态环境局" + agency, "kind", "DEPARTMENT")));
        List<Map<String, Object>> officials = new ArrayList<>();
        officials.add(official(head, agency, "DEPUTY"));
        officials.add(official(staff, agency, "STAFF"));
        ledger.put("officials", officials);
        ledger.put("cases", cases);
        return ledger;
    }

    static Map<String, Object> official(String code, String agency, String role) {
        Map<String, Object> o = new HashMap<>();
        o.put("code", code);
        o.put("agencyCode", agency);
        o.put("name", "张某");
        o.put("role", role);
        o.put("title", role.equals("STAFF") ? "科员" : "副局长");
        o.put("validFrom", "2020-01-01");
        o.put("validTo", null);
        return o;
    }

    @SuppressWarnings("unchecked")
    static String agencyOf(Map<String, Object> ledger) {
        return (String) ((List<Map<String, Object>>) ledger.get("agencies")).get(0).get("code");
    }
}
