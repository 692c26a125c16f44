package org.yingsu.litigation.rules;

import org.yingsu.agencies.AgencyKind;

/**
 * How an official stands to a defendant agency (R4, 法释〔2020〕3号 art. 10; 《行诉解释》art. 130(2)): the bodies whose
 * people may stand in for the defendant as its corresponding staff (相应的工作人员).
 */
public enum Standing {
    /** An official of the defendant itself. */
    OWN_AGENCY,
    /** Of a lower-level agency or an entrusted body under the defendant (one whose parent it is), art. 10(2). */
    LOWER_LEVEL_BODY,
    /** Of the legal-affairs body (the bureau) when the defendant is a people's government. */
    LEGAL_AFFAIRS_BODY,
    /** Of the department that handled the contested act when the defendant is a people's government. */
    HANDLING_DEPARTMENT,
    /** Of any other body: never stands in for the defendant. */
    UNRELATED;

    /**
     * @param bureauAgencyId the bureau's agency (YINGSU_BUREAU_AGENCY_CODE), or null when not configured
     * @param handlingAgencyId the case's handling department, or null
     */
    public static Standing of(Post official, long defendantId, AgencyKind defendantKind, Long bureauAgencyId,
            Long handlingAgencyId) {
        if (official.agencyId() == defendantId) {
            return OWN_AGENCY;
        }
        // The government's own bodies first: the bureau may also be recorded under the government.
        if (defendantKind == AgencyKind.DISTRICT_GOVERNMENT) {
            if (bureauAgencyId != null && official.agencyId() == bureauAgencyId) {
                return LEGAL_AFFAIRS_BODY;
            }
            if (handlingAgencyId != null && official.agencyId() == handlingAgencyId) {
                return HANDLING_DEPARTMENT;
            }
        }
        if (official.agencyParentId() != null && official.agencyParentId() == defendantId) {
            return LOWER_LEVEL_BODY;
        }
        return UNRELATED;
    }

    public boolean related() {
        return this != UNRELATED;
    }
}
