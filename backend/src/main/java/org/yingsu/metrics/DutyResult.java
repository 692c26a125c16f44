package org.yingsu.metrics;

import org.yingsu.common.text.Labelled;

/** How a duty of the period ended (docs/domain.md §4): met by the head, or the class of the absence it is (R5). */
public enum DutyResult implements Labelled {
    MET, JUSTIFIED, PENDING, UNJUSTIFIED;

    public boolean met() {
        return this == MET;
    }
}
