package org.yingsu.observations;

/** An invitee's attendance: not yet recorded, came, did not come. */
public enum Attendance {
    INVITED, ATTENDED, ABSENT
}
