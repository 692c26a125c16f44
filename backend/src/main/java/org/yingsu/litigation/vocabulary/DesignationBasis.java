package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** Why only some co-defendants' heads must appear (法释〔2020〕3号 art. 3). */
public enum DesignationBasis implements Labelled {
    AGREEMENT("共同被告协商确定"),
    COURT("人民法院指定");

    private final String label;

    DesignationBasis(String label) {
        this.label = label;
    }

    /** The Chinese name people read. */
    @Override
    public String label() {
        return label;
    }
}
