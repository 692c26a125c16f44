package org.yingsu.appearances;

/** R10: who recorded the appearance; where both exist, the court's record counts. */
public enum AppearanceSource {
    COURT, AGENCY
}
