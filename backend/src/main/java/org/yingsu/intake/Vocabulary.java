package org.yingsu.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The coded values a ledger may hold (SPEC §2) with the Chinese a clerk writes in a workbook. The database checks
 * the same lists; these give the clerk a sentence instead of a constraint name.
 */
public enum Vocabulary {
    AGENCY_KIND(labels("DISTRICT_GOVERNMENT", "区政府", "DEPARTMENT", "区政府部门", "SUBDISTRICT", "镇街",
            "OTHER", "其他")),
    OFFICIAL_ROLE(labels("PRINCIPAL", "正职负责人", "DEPUTY", "副职负责人", "OTHER_LEADER", "其他参与分管的负责人",
            "STAFF", "工作人员", "LAWYER", "律师")),
    TRIAL_LEVEL(labels("FIRST_INSTANCE", "一审", "SECOND_INSTANCE", "二审", "RETRIAL", "再审")),
    MANDATORY_CATEGORY(labels("MAJOR_PUBLIC_INTEREST", "涉及重大公共利益", "HIGH_SOCIAL_CONCERN", "社会高度关注",
            "MASS_INCIDENT_RISK", "可能引发群体性事件", "PROCURATORIAL_PUBLIC_INTEREST", "检察机关提起的行政公益诉讼")),
    HEARING_STATUS(labels("SCHEDULED", "已排期", "HELD", "已开庭", "POSTPONED", "延期", "CANCELLED", "取消")),
    IDENTITY_STATUS(labels("VERIFIED", "已核验", "PENDING", "待核验", "REJECTED", "未通过")),
    APPEARANCE_SOURCE(labels("COURT", "法院", "AGENCY", "机关")),
    REASON_CATEGORY(labels("FORCE_MAJEURE", "不可抗力", "ACCIDENT", "意外事件", "NON_DELEGABLE_DUTY",
            "需要履行他人不能代替的公务", "OTHER_JUSTIFIED", "其他正当事由")),
    DELEGATION_STATUS(labels("SUBMITTED", "已提交", "APPROVED", "已批准", "REJECTED", "已驳回")),
    OUTCOME_RESULT(labels("CLAIMS_DISMISSED", "驳回诉讼请求", "SUIT_DISMISSED", "驳回起诉", "WITHDRAWN", "撤诉",
            "MEDIATED", "调解", "REVOKED", "撤销", "ORDERED_TO_PERFORM", "履行法定职责", "CONFIRMED_ILLEGAL", "确认违法",
            "CONFIRMED_INVALID", "确认无效", "MODIFIED", "变更", "OTHER", "其他"));

    private final Map<String, String> labels;

    Vocabulary(Map<String, String> labels) {
        this.labels = labels;
    }

    boolean contains(String code) {
        return labels.containsKey(code);
    }

    public String label(String code) {
        return labels.get(code);
    }

    Iterable<String> codes() {
        return labels.keySet();
    }

    /** A workbook cell may hold the code or its Chinese label. */
    Optional<String> codeOf(String text) {
        String value = text.trim();
        if (labels.containsKey(value)) {
            return Optional.of(value);
        }
        return labels.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst();
    }

    String describe() {
        return "one of " + String.join(", ", labels.keySet());
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
