package org.yingsu.interviews;

/** Open until the bureau records the interview as held, or cancels it (by hand, or the refresh when never worked). */
public enum InterviewStatus {
    OPEN, DONE, CANCELLED
}
