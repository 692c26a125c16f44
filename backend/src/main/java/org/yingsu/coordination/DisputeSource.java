package org.yingsu.coordination;

import org.yingsu.common.text.Labelled;

/** How a dispute came to the centre: entrusted by the court (委派 before filing, 委托 after) or directly. */
public enum DisputeSource implements Labelled {
    ENTRUSTED_BEFORE_FILING("诉前委派"),
    ENTRUSTED_AFTER_FILING("诉中委托"),
    DIRECT("直接受理");

    private final String label;

    DisputeSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean entrusted() {
        return this != DIRECT;
    }
}
