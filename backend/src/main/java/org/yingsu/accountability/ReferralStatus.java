package org.yingsu.accountability;

import org.yingsu.common.text.Labelled;

/** Drafted by the bureau, sent with a number and date, answered with the body's decision; or withdrawn. */
public enum ReferralStatus implements Labelled {
    DRAFTED("草稿"), SENT("已移送"), ANSWERED("已反馈"), WITHDRAWN("已撤回");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
