package org.yingsu.agencies;

import org.yingsu.common.text.Labelled;

/** docs/domain.md §2: 区政府, 区政府部门, 镇街, other. */
public enum AgencyKind implements Labelled {
    DISTRICT_GOVERNMENT("区政府"), DEPARTMENT("区政府部门"), SUBDISTRICT("镇街"), OTHER("其他");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    /** The Chinese name people read in exports. */
    @Override
    public String label() {
        return label;
    }
}
