package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** A rescheduled hearing is the old one POSTPONED plus a new one (docs/domain.md §5). */
public enum HearingStatus implements Labelled {
    SCHEDULED("已排期"),
    HELD("已开庭"),
    POSTPONED("延期"),
    CANCELLED("取消");

    private final String label;

    HearingStatus(String label) {
        this.label = label;
    }

    /** The Chinese name people read. */
    @Override
    public String label() {
        return label;
    }
}
