package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** R2: cases where the head must appear (SPC art. 4(1), and locally procuratorial public-interest suits). */
public enum MandatoryCategory implements Labelled {
    MAJOR_PUBLIC_INTEREST("涉及重大公共利益"),
    HIGH_SOCIAL_CONCERN("社会高度关注"),
    MASS_INCIDENT_RISK("可能引发群体性事件"),
    PROCURATORIAL_PUBLIC_INTEREST("检察机关提起的行政公益诉讼");

    private final String label;

    MandatoryCategory(String label) {
        this.label = label;
    }

    /** The Chinese name people read. */
    @Override
    public String label() {
        return label;
    }
}
