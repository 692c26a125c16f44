package org.yingsu.litigation.vocabulary;

public enum DelegationStatus {
    SUBMITTED, APPROVED, REJECTED
}
