package org.yingsu.agencies;

/** SPEC §2. The first three are heads (负责人, SPC art. 2); staff and lawyers never are. */
public enum OfficialRole {
    PRINCIPAL, DEPUTY, OTHER_LEADER, STAFF, LAWYER;

    public boolean isHead() {
        return this == PRINCIPAL || this == DEPUTY || this == OTHER_LEADER;
    }
}
