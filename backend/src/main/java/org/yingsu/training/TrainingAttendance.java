package org.yingsu.training;

/** An invitee's attendance at a training session: not yet recorded, came, did not come. */
public enum TrainingAttendance {
    INVITED, ATTENDED, ABSENT
}
