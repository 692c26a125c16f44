package org.yingsu.litigation.vocabulary;

/** State of the sealed identity proof (SPC art. 6); a REJECTED proof means the person counts as absent. */
public enum IdentityStatus {
    VERIFIED, PENDING, REJECTED
}
