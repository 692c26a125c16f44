package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** A rescheduled hearing is the old one POSTPONED plus a new one (docs/domain.md §5). */
public enum HearingStatus implements Labelled {
    SCHEDULED,
    HELD,
    POSTPONED,
    CANCELLED;
}
