package org.yingsu.metrics;

/** Which instances the figures cover: one trial level, or {@code ALL}. SPEC §4 counts first instance by default. */
public enum TrialLevelFilter {
    FIRST_INSTANCE, SECOND_INSTANCE, RETRIAL, ALL
}
