package org.yingsu.litigation.vocabulary;

/** 一审, 二审, 再审: each instance is its own case with its own case number. */
public enum TrialLevel {
    FIRST_INSTANCE, SECOND_INSTANCE, RETRIAL
}
