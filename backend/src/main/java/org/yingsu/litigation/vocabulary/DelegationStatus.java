package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

public enum DelegationStatus implements Labelled {
    SUBMITTED,
    APPROVED,
    REJECTED;
}
