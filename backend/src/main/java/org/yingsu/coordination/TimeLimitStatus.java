package org.yingsu.coordination;

import java.time.LocalDate;
import org.yingsu.common.text.Labelled;

/** Whether a dispute kept the time limit the court (or the centre) set, on Asia/Shanghai calendar dates. */
public enum TimeLimitStatus implements Labelled {
    NONE("未设期限"),
    RUNNING("期限内办理中"),
    KEPT("按期办结"),
    OVERDUE("逾期");

    private final String label;

    TimeLimitStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The rule: closed on or before the limit's day is kept; closed after it, or still open once the day has passed,
     * is overdue; open on or before the day is running.
     *
     * @param closedOn null while the dispute is open
     * @param today the current Asia/Shanghai date
     */
    public static TimeLimitStatus of(LocalDate limit, LocalDate closedOn, LocalDate today) {
        if (limit == null) {
            return NONE;
        }
        if (closedOn != null) {
            return closedOn.isAfter(limit) ? OVERDUE : KEPT;
        }
        return today.isAfter(limit) ? OVERDUE : RUNNING;
    }
}
