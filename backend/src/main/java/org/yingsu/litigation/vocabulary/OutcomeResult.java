package org.yingsu.litigation.vocabulary;

/** 裁判结果 of a concluded case (SPEC §2). Which results count as a decision changed is configuration. */
public enum OutcomeResult {
    CLAIMS_DISMISSED, SUIT_DISMISSED, WITHDRAWN, MEDIATED, REVOKED, ORDERED_TO_PERFORM, CONFIRMED_ILLEGAL,
    CONFIRMED_INVALID, MODIFIED, OTHER
}
