package org.yingsu.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The time-limit rule on calendar dates: the limit's own day is still in time. */
class TimeLimitStatusTests {

    private static final LocalDate LIMIT = LocalDate.of(2022, 6, 30);

    @Test
    void anOpenDisputeRunsUntilTheEndOfTheLimitsDayAndIsOverdueAfter() {
        assertEquals(TimeLimitStatus.RUNNING, TimeLimitStatus.of(LIMIT, null, LIMIT.minusDays(1)));
        assertEquals(TimeLimitStatus.RUNNING, TimeLimitStatus.of(LIMIT, null, LIMIT));
        assertEquals(TimeLimitStatus.OVERDUE, TimeLimitStatus.of(LIMIT, null, LIMIT.plusDays(1)));
    }

    @Test
    void aClosedDisputeKeptItsLimitWhenClosedOnOrBeforeTheDay() {
        assertEquals(TimeLimitStatus.KEPT, TimeLimitStatus.of(LIMIT, LIMIT, LIMIT.plusDays(30)));
        assertEquals(TimeLimitStatus.KEPT, TimeLimitStatus.of(LIMIT, LIMIT.minusDays(5), LIMIT.plusDays(30)));
        assertEquals(TimeLimitStatus.OVERDUE, TimeLimitStatus.of(LIMIT, LIMIT.plusDays(1), LIMIT.plusDays(1)));
    }

    @Test
    void noLimitIsNeitherKeptNorOverdue() {
        assertEquals(TimeLimitStatus.NONE, TimeLimitStatus.of(null, null, LIMIT));
        assertEquals(TimeLimitStatus.NONE, TimeLimitStatus.of(null, LIMIT, LIMIT));
    }
}
