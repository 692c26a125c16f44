package org.yingsu.delegations;

public enum DelegationStatus {
    SUBMITTED, APPROVED, REJECTED
}
