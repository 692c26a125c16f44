package org.yingsu.litigation.vocabulary;

/** A rescheduled hearing is the old one POSTPONED plus a new one (SPEC §5). */
public enum HearingStatus {
    SCHEDULED, HELD, POSTPONED, CANCELLED
}
