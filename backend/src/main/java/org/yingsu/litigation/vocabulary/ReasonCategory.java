package org.yingsu.litigation.vocabulary;

/** SPC art. 8: the only grounds on which a head may be excused from appearing. */
public enum ReasonCategory {
    FORCE_MAJEURE, ACCIDENT, NON_DELEGABLE_DUTY, OTHER_JUSTIFIED
}
