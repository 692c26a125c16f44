package org.yingsu.agencies;

import org.yingsu.common.text.Labelled;

/** docs/domain.md §2. The first three are heads (负责人, SPC art. 2); staff and lawyers never are. */
public enum OfficialRole implements Labelled {
    PRINCIPAL("正职负责人"),
    DEPUTY("副职负责人"),
    OTHER_LEADER("其他参与分管的负责人"),
    STAFF("工作人员"),
    LAWYER("律师");

    private final String label;

    OfficialRole(String label) {
        this.label = label;
    }

    /** The Chinese name people read. */
    @Override
    public String label() {
        return label;
    }

    public boolean isHead() {
        return this == PRINCIPAL || this == DEPUTY || this == OTHER_LEADER;
    }
}
