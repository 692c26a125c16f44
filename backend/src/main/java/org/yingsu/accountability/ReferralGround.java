package org.yingsu.accountability;

import org.yingsu.common.text.Labelled;

/**
 * What a referral is for (seed: 无正当理由不按规定出庭应诉、在出庭应诉活动中存在失职行为): each names the record the
 * bureau refers from, which must show what the ground says.
 */
public enum ReferralGround implements Labelled {
    /** A case heard without the head and without a justification (R5). */
    UNJUSTIFIED_ABSENCE,
    /** A held hearing at which nobody of the agency appeared (R6). */
    NO_ONE_APPEARED,
    /** A head present who did not speak or left without leave (R6). */
    MISCONDUCT_AT_HEARING,
    /** A judicial recommendation the court sent about the agency (SPC art. 12). */
    JUDICIAL_RECOMMENDATION;
}
