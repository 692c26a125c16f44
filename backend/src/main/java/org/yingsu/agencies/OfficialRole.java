package org.yingsu.agencies;

import org.yingsu.common.text.Labelled;

/** docs/domain.md §2. The first three are heads (负责人, SPC art. 2); staff and lawyers never are. */
public enum OfficialRole implements Labelled {
    PRINCIPAL,
    DEPUTY,
    OTHER_LEADER,
    STAFF,
    LAWYER;

    public boolean isHead() {
        return this == PRINCIPAL || this == DEPUTY || this == OTHER_LEADER;
    }
}
