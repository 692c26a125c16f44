package org.yingsu.coordination;

import org.yingsu.common.text.Labelled;

/** How a dispute was resolved: the plaintiff withdrew, the parties settled, or signed a mediation agreement. */
public enum DisputeResolution implements Labelled {
    WITHDRAWAL("撤诉"),
    SETTLEMENT("和解"),
    MEDIATION_AGREEMENT("调解协议");

    private final String label;

    DisputeResolution(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A settlement and a mediation agreement are papers the parties sign: resolving needs them attached. */
    public boolean needsAgreement() {
        return this != WITHDRAWAL;
    }
}
