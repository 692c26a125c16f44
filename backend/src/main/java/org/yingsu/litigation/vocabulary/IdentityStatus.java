package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** State of the sealed identity proof (SPC art. 6); a REJECTED proof means the person counts as absent. */
public enum IdentityStatus implements Labelled {
    VERIFIED,
    PENDING,
    REJECTED;
}
