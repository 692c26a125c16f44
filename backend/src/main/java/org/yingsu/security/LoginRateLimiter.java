package org.yingsu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per username and per client address over a sliding window. Once either count reaches its
 * limit, further attempts are refused (429) until the oldest failure leaves the window, whether or not the
 * password would be right: that is what makes guessing slow. Kept in memory: one instance serves the district,
 * and a restart forgetting the counts costs an attacker a restart they cannot cause.
 */
@ApplicationScoped
public class LoginRateLimiter {

    /** Beyond this many tracked keys the oldest are dropped, so a flood of made-up usernames cannot fill memory. */
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    SecurityConfig config;

    @Inject
    Clock clock;

    /** How long the caller must wait, if either its username or its address is over the limit. */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> byUser = wait("user:" + username, config.login().maxFailuresPerUser(), now);
        Optional<Duration> byAddress = wait("address:" + address, config.login().maxFailuresPerAddress(), now);
        if (byUser.isPresent() && byAddress.isPresent()) {
            return Optional.of(byUser.get().compareTo(byAddress.get()) >= 0 ? byUser.get() : byAddress.get());
        }
        return byUser.isPresent() ? byUser : byAddress;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            prune(now);
        }
        record("user:" + username, now);
        record("address:" + address, now);
    }

    /** A successful login clears its username's failures; the address keeps its count (spraying). */
    public void succeeded(String username) {
        failures.remove("user:" + username);
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant windowStart = now.minus(config.login().window());
            while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
                times.pollFirst();
            }
            if (times.size() < limit) {
                return Optional.empty();
            }
            // The attempt becomes possible again when enough of the failures have left the window.
            Instant freed = times.stream().skip(times.size() - limit).findFirst().orElseThrow()
                    .plus(config.login().window());
            return Optional.of(Duration.between(now, freed));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            // Only the most recent failures matter to the limit.
            while (times.size() > Math.max(config.login().maxFailuresPerUser(),
                    config.login().maxFailuresPerAddress()) * 2) {
                times.pollFirst();
            }
        }
    }

    private void prune(Instant now) {
        Instant windowStart = now.minus(config.login().window());
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || !entry.getValue().peekLast().isAfter(windowStart);
            }
        });
    }
}
