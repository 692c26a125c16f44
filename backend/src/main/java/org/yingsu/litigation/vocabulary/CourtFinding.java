package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/**
 * The court's own finding on an agency's written explanation (法释〔2020〕3号 art. 9). {@code NOT_ACCEPTED} makes a
 * delegation count as not approved whatever the bureau decided (R4).
 */
public enum CourtFinding implements Labelled {
    ACCEPTED("法院认可"),
    NOT_ACCEPTED("法院不予认可");

    private final String label;

    CourtFinding(String label) {
        this.label = label;
    }

    /** The Chinese name people read. */
    @Override
    public String label() {
        return label;
    }
}
