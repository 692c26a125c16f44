package org.yingsu.security;

import java.time.Duration;

/**
 * How long a login must wait after {@code failures} failed attempts: nothing for the first {@code free} failures,
 * then {@code first}, doubling with each further failure up to {@code max}. Never a lock-out: after the wait one more
 * attempt is possible, and the right password then logs in.
 */
public record LoginDelays(int free, Duration first, Duration max) {

    public Duration after(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
