package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** 一审, 二审, 再审: each instance is its own case with its own case number. */
public enum TrialLevel implements Labelled {
    FIRST_INSTANCE,
    SECOND_INSTANCE,
    RETRIAL;
}
