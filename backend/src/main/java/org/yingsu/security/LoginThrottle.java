package org.yingsu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Slows guessing down without letting a stranger lock anyone out (issue 15 item 6). Failed logins are counted per
 * account, per account from one address, and per address (password spraying); each count grows its own delay
 * ({@link LoginDelays}) before the next attempt is even checked. An account's own count and an address's count do
 * not hold back a person at an address they have logged in from before: a stranger's failures elsewhere, or a
 * colleague's behind the same proxy, cost them nothing. The counts live in PostgreSQL, so every instance sees them.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    EntityManager em;

    @Inject
    SecurityConfig config;

    @Inject
    Clock clock;

    /** Failures change no domain table; the audit trail records them from these events. */
    @Inject
    Event<LoginFailure> failures;

    private record Keys(String account, String pair, String source) {

        static Keys of(String username, String address) {
            return new Keys("account:" + username, "pair:" + username + "|" + address, "source:" + address);
        }

        List<String> all() {
            return List.of(account, pair, source);
        }
    }

    /** How long this attempt must wait before its password is even checked; empty when it may be checked now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Keys keys = Keys.of(username, address);
        boolean knownSource = !em.createNativeQuery("select 1 from login_source where username = :username"
                        + " and address = :address and last_success_at > :since")
                .setParameter("username", username).setParameter("address", address)
                .setParameter("since", at(now.minus(config.login().knownSourceFor()))).getResultList().isEmpty();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select key, failures,"
                        + " cast(extract(epoch from last_failure_at) * 1000 as bigint) from login_throttle"
                        + " where key in (:keys) and last_failure_at > :since")
                .setParameter("keys", keys.all()).setParameter("since", at(now.minus(config.login().forgetAfter())))
                .getResultList();
        Duration wait = Duration.ZERO;
        for (Object[] row : rows) {
            String key = (String) row[0];
            if (knownSource && !key.equals(keys.pair())) {
                continue;
            }
            LoginDelays delays = key.equals(keys.source()) ? perSource() : perAccount();
            Instant until = Instant.ofEpochMilli(((Number) row[2]).longValue())
                    .plus(delays.after(((Number) row[1]).intValue()));
            Duration left = Duration.between(now, until);
            if (left.compareTo(wait) > 0) {
                wait = left;
            }
        }
        return !wait.isZero() ? Optional.of(wait) : Optional.empty();
    }

    /** Counted in a transaction of its own: the login that failed rolls back, the failure must stay. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, String address, LoginFailure.Reason reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime forgotten = now.minus(config.login().forgetAfter());
        Keys keys = Keys.of(username, address);
        // One statement, so that instances counting at once never lose a failure.
        em.createNativeQuery("insert into login_throttle (key, failures, last_failure_at)"
                        + " values (:account, 1, :now), (:pair, 1, :now), (:source, 1, :now)"
                        + " on conflict (key) do update set last_failure_at = excluded.last_failure_at,"
                        + " failures = case when login_throttle.last_failure_at < :forgotten then 1"
                        + " else login_throttle.failures + 1 end")
                .setParameter("account", keys.account()).setParameter("pair", keys.pair())
                .setParameter("source", keys.source()).setParameter("now", now).setParameter("forgotten", forgotten)
                .executeUpdate();
        em.createNativeQuery("delete from login_throttle where last_failure_at < :forgotten")
                .setParameter("forgotten", forgotten).executeUpdate();
        failures.fire(new LoginFailure(username, address, reason));
    }

    /**
     * Within the login's transaction: the account's failures are forgiven (its owner is in), the address's are not
     * (spraying goes on from there), and the address becomes one the account is known at.
     */
    @Transactional
    public void succeeded(String username, String address) {
        Keys keys = Keys.of(username, address);
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("delete from login_throttle where key in (:account, :pair)")
                .setParameter("account", keys.account()).setParameter("pair", keys.pair()).executeUpdate();
        em.createNativeQuery("insert into login_source (username, address, last_success_at)"
                        + " values (:username, :address, :now) on conflict (username, address)"
                        + " do update set last_success_at = excluded.last_success_at")
                .setParameter("username", username).setParameter("address", address).setParameter("now", now)
                .executeUpdate();
        em.createNativeQuery("delete from login_source where last_success_at < :since")
                .setParameter("since", now.minus(config.login().knownSourceFor())).executeUpdate();
    }

    private LoginDelays perAccount() {
        return new LoginDelays(config.login().freeFailures(), config.login().firstDelay(), config.login().maxDelay());
    }

    private LoginDelays perSource() {
        return new LoginDelays(config.login().freeFailuresPerSource(), config.login().firstDelay(),
                config.login().maxDelay());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
