package org.yingsu.metrics;

/** What the bureau must act on (docs/domain.md §4, R6, R7); each is raised when its count is above zero. */
public enum ComplianceFlag {
    BELOW_THRESHOLD("低于出庭应诉率要求"),
    ZERO_RATE_INTERVIEW("出庭率为零需约谈"),
    MANDATORY_MISSED("应出庭案件未出庭"),
    UNJUSTIFIED_ABSENCE("无正当理由未出庭"),
    SILENT_APPEARANCE("出庭不出声"),
    LEFT_EARLY("擅自退庭"),
    NO_ONE_APPEARED("无人出庭"),
    LATE_NOTICE("通知送达不足三日"),
    PENDING_IDENTITY("身份证明逾期未核验");

    private final String label;

    ComplianceFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
