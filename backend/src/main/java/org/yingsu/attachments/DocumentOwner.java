package org.yingsu.attachments;

/** The kinds of record a document can be attached to. */
public enum DocumentOwner {
    CASE, DELEGATION, APPEARANCE, RECOMMENDATION, LOST_CASE_REPORT, REFERRAL, DISPUTE
}
