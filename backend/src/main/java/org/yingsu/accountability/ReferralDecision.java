package org.yingsu.accountability;

import org.yingsu.common.text.Labelled;

/** What the competent body decided about the referred officials. */
public enum ReferralDecision implements Labelled {
    ADMONITION_TALK("诫勉谈话"),
    CIRCULATED_CRITICISM("通报批评"),
    DISCIPLINARY_SANCTION("党纪政务处分"),
    NO_ACCOUNTABILITY("不予追责");

    private final String label;

    ReferralDecision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
