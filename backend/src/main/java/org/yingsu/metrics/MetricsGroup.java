package org.yingsu.metrics;

import org.yingsu.agencies.AgencyKind;

/** The groups the seed reports on; a group's figures are recomputed from the summed counts of its agencies. */
public enum MetricsGroup {
    DISTRICT_GOVERNMENT("区政府"),
    DEPARTMENTS_AND_SUBDISTRICTS("区政府部门及镇街"),
    ALL("全部单位");

    private final String label;

    MetricsGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean includes(AgencyKind kind) {
        return switch (this) {
            case DISTRICT_GOVERNMENT -> kind == AgencyKind.DISTRICT_GOVERNMENT;
            case DEPARTMENTS_AND_SUBDISTRICTS -> kind == AgencyKind.DEPARTMENT || kind == AgencyKind.SUBDISTRICT;
            case ALL -> true;
        };
    }
}
