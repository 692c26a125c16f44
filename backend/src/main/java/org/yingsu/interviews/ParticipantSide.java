package org.yingsu.interviews;

/** Whom a participant speaks for: the agency interviewed (被约谈单位) or the bureau (司法局). */
public enum ParticipantSide {
    AGENCY, BUREAU
}
