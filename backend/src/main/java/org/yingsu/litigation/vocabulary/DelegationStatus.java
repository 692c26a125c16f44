package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

public enum DelegationStatus implements Labelled {
    SUBMITTED("已提交"),
    APPROVED("已批准"),
    REJECTED("已驳回");

    private final String label;

    DelegationStatus(String label) {
        this.label = label;
    }

    /** The Chinese name people read. */
    @Override
    public String label() {
        return label;
    }
}
