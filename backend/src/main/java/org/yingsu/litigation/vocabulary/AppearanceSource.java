package org.yingsu.litigation.vocabulary;

/** R10: who recorded the appearance; where both exist, the court's record counts. */
public enum AppearanceSource {
    COURT, AGENCY
}
