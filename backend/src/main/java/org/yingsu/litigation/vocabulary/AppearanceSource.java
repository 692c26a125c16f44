package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** R10: who recorded the appearance; where both exist, the court's record counts. */
public enum AppearanceSource implements Labelled {
    COURT,
    AGENCY;
}
