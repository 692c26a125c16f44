package org.yingsu.metrics;

/** Which instances the figures cover: one trial level, or {@code ALL}. docs/domain.md §4 counts first instance by default. */
public enum TrialLevelFilter {
    FIRST_INSTANCE, SECOND_INSTANCE, RETRIAL, ALL
}
