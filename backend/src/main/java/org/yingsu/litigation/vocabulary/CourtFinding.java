package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/**
 * The court's own finding on an agency's written explanation (法释〔2020〕3号 art. 9). {@code NOT_ACCEPTED} makes a
 * delegation count as not approved whatever the bureau decided (R4).
 */
public enum CourtFinding implements Labelled {
    ACCEPTED,
    NOT_ACCEPTED;
}
