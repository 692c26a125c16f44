package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** State of the sealed identity proof (SPC art. 6); a REJECTED proof means the person counts as absent. */
public enum IdentityStatus implements Labelled {
    VERIFIED("已核验"),
    PENDING("待核验"),
    REJECTED("未通过");

    private final String label;

    IdentityStatus(String label) {
        this.label = label;
    }

    /** The Chinese name people read. */
    @Override
    public String label() {
        return label;
    }
}
