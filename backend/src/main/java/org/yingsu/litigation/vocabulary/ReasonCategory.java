package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** SPC art. 8: the only grounds on which a head may be excused from appearing. */
public enum ReasonCategory implements Labelled {
    FORCE_MAJEURE("不可抗力"),
    ACCIDENT("意外事件"),
    NON_DELEGABLE_DUTY("需要履行他人不能代替的公务"),
    OTHER_JUSTIFIED("其他正当事由");

    private final String label;

    ReasonCategory(String label) {
        this.label = label;
    }

    /** The Chinese name people read. */
    @Override
    public String label() {
        return label;
    }
}
