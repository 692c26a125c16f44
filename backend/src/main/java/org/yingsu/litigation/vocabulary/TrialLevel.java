package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** 一审, 二审, 再审: each instance is its own case with its own case number. */
public enum TrialLevel implements Labelled {
    FIRST_INSTANCE("一审"),
    SECOND_INSTANCE("二审"),
    RETRIAL("再审");

    private final String label;

    TrialLevel(String label) {
        this.label = label;
    }

    /** The Chinese name people read. */
    @Override
    public String label() {
        return label;
    }
}
