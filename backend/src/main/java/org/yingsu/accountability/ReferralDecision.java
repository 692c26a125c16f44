package org.yingsu.accountability;

import org.yingsu.common.text.Labelled;

/** What the competent body decided about the referred officials. */
public enum ReferralDecision implements Labelled {
    ADMONITION_TALK,
    CIRCULATED_CRITICISM,
    DISCIPLINARY_SANCTION,
    NO_ACCOUNTABILITY;
}
