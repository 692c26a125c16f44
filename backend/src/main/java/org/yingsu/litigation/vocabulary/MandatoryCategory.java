package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** R2: cases where the head must appear (SPC art. 4(1), and locally procuratorial public-interest suits). */
public enum MandatoryCategory implements Labelled {
    MAJOR_PUBLIC_INTEREST,
    HIGH_SOCIAL_CONCERN,
    MASS_INCIDENT_RISK,
    PROCURATORIAL_PUBLIC_INTEREST;
}
