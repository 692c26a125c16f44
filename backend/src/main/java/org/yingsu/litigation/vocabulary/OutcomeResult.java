package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** 裁判结果 of a concluded case (docs/domain.md §2). Which results count as a decision changed is configuration. */
public enum OutcomeResult implements Labelled {
    CLAIMS_DISMISSED("驳回诉讼请求"),
    SUIT_DISMISSED("驳回起诉"),
    WITHDRAWN("撤诉"),
    MEDIATED("调解"),
    REVOKED("撤销"),
    ORDERED_TO_PERFORM("履行法定职责"),
    CONFIRMED_ILLEGAL("确认违法"),
    CONFIRMED_INVALID("确认无效"),
    MODIFIED("变更"),
    OTHER("其他");

    private final String label;

    OutcomeResult(String label) {
        this.label = label;
    }

    /** The Chinese name people read. */
    @Override
    public String label() {
        return label;
    }
}
