package org.yingsu.coordination;

import org.yingsu.common.text.Labelled;

/** The centre itself, a 镇街's people's mediation committee, or a professional (industry) one. */
public enum MediatingBodyKind implements Labelled {
    CENTRE("协调化解中心"),
    SUBDISTRICT("镇街人民调解委员会"),
    PROFESSIONAL("专业人民调解委员会");

    private final String label;

    MediatingBodyKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
