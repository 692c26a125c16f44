package org.yingsu.agencies;

import org.yingsu.common.text.Labelled;

/** docs/domain.md §2: 区政府, 区政府部门, 镇街, other. */
public enum AgencyKind implements Labelled {
    DISTRICT_GOVERNMENT, DEPARTMENT, SUBDISTRICT, OTHER;
}
