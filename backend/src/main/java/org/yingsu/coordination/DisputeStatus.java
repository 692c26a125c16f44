package org.yingsu.coordination;

import org.yingsu.common.text.Labelled;

/** received → in progress → resolved, or returned to the court (not resolved) from either open state. */
public enum DisputeStatus implements Labelled {
    RECEIVED("已受理"),
    IN_PROGRESS("化解中"),
    RESOLVED("已化解"),
    RETURNED("已退回");

    private final String label;

    DisputeStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean open() {
        return this == RECEIVED || this == IN_PROGRESS;
    }
}
