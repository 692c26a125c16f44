package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** 裁判结果 of a concluded case (docs/domain.md §2). Which results count as a decision changed is configuration. */
public enum OutcomeResult implements Labelled {
    CLAIMS_DISMISSED,
    SUIT_DISMISSED,
    WITHDRAWN,
    MEDIATED,
    REVOKED,
    ORDERED_TO_PERFORM,
    CONFIRMED_ILLEGAL,
    CONFIRMED_INVALID,
    MODIFIED,
    OTHER;
}
