package org.yingsu.lostcases;

/** Nothing filed yet (a draft may exist), filed by the agency, answered by the bureau's guidance opinion. */
public enum LostCaseStatus {
    DUE, SUBMITTED, ANSWERED
}
