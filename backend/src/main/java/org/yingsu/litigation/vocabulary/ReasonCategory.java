package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** SPC art. 8: the only grounds on which a head may be excused from appearing. */
public enum ReasonCategory implements Labelled {
    FORCE_MAJEURE,
    ACCIDENT,
    NON_DELEGABLE_DUTY,
    OTHER_JUSTIFIED;
}
