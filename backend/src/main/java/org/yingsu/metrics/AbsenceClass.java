package org.yingsu.metrics;

/** How an unmet duty is classed (R5, docs/domain.md §4); the rule is litigation's Duties, the stored duty carries its class. */
public enum AbsenceClass {
    JUSTIFIED, PENDING, UNJUSTIFIED
}
