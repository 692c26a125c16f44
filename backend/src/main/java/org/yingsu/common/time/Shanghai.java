package org.yingsu.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Calendar dates and periods are those of Asia/Shanghai (R8, docs/domain.md), whatever the server's own zone. */
public final class Shanghai {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Shanghai() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static LocalDate dateOf(OffsetDateTime time) {
        return dateOf(time.toInstant());
    }

    /** How people here read a time: with the +08:00 offset. */
    public static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
