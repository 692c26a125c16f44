package org.yingsu.agencies;

/** SPEC §2: 区政府, 区政府部门, 镇街, other. */
public enum AgencyKind {
    DISTRICT_GOVERNMENT, DEPARTMENT, SUBDISTRICT, OTHER
}
