package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** R10: who recorded the appearance; where both exist, the court's record counts. */
public enum AppearanceSource implements Labelled {
    COURT("法院"),
    AGENCY("机关");

    private final String label;

    AppearanceSource(String label) {
        this.label = label;
    }

    /** The Chinese name people read. */
    @Override
    public String label() {
        return label;
    }
}
