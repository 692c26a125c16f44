package org.yingsu.metrics;

import org.yingsu.agencies.AgencyKind;
import org.yingsu.common.text.Labelled;

/** The groups the seed reports on; a group's figures are recomputed from the summed counts of its agencies. */
public enum MetricsGroup implements Labelled {
    DISTRICT_GOVERNMENT,
    DEPARTMENTS_AND_SUBDISTRICTS,
    ALL;

    public boolean includes(AgencyKind kind) {
        return switch (this) {
            case DISTRICT_GOVERNMENT -> kind == AgencyKind.DISTRICT_GOVERNMENT;
            case DEPARTMENTS_AND_SUBDISTRICTS -> kind == AgencyKind.DEPARTMENT || kind == AgencyKind.SUBDISTRICT;
            case ALL -> true;
        };
    }
}
