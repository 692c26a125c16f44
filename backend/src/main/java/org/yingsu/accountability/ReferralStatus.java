package org.yingsu.accountability;

import org.yingsu.common.text.Labelled;

/** Drafted by the bureau, sent with a number and date, answered with the body's decision; or withdrawn. */
public enum ReferralStatus implements Labelled {
    DRAFTED, SENT, ANSWERED, WITHDRAWN;
}
