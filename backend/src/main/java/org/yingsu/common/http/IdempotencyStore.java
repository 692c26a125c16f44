package org.yingsu.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Keys and their answers in PostgreSQL. Each statement commits on its own, outside the request's transaction, so
 * that other requests and other instances see a claim at once.
 */
@ApplicationScoped
class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);
    private static final long PURGE_INTERVAL_MS = 10 * 60 * 1000L;

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyConfig config;

    @Inject
    ObjectMapper mapper;

    private final AtomicLong lastPurge = new AtomicLong();

    /** A stored answer. */
    public record Answer(int status, String contentType, Map<String, String> headers, byte[] body) {
    }

    /** What a request with a key may do. */
    public sealed interface Claim {
    }

    /** The key is this request's: execute it, then {@link #complete} or {@link #release}. */
    public record Proceed() implements Claim {
    }

    public record Replay(Answer answer) implements Claim {
    }

    public record Mismatch() implements Claim {
    }

    public record InFlight() implements Claim {
    }

    /**
     * Claims the key, or finds its answer; while another request holds it, waits up to the configured time for its
     * answer. An expired key, or one whose holder is presumed dead, is taken over.
     */
    public Claim claim(String principal, String key, String requestHash) throws SQLException, InterruptedException {
        purgeIfDue();
        long deadline = System.nanoTime() + config.replayWait().toNanos();
        long pause = 20;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            while (true) {
                if (insert(c, principal, key, requestHash)) {
                    return new Proceed();
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        select request_hash, state, status, content_type, headers::text, body,
                               expires_at < now(), locked_until < now()
                          from idempotency_key where principal = ? and key = ?""")) {
                    ps.setString(1, principal);
                    ps.setString(2, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            boolean expired = rs.getBoolean(7);
                            if (expired) {
                                deleteExpired(c, principal, key);
                                continue;
                            }
                            if (!rs.getString(1).equals(requestHash)) {
                                return new Mismatch();
                            }
                            if (rs.getString(2).equals("DONE")) {
                                return new Replay(new Answer(rs.getInt(3), rs.getString(4), headers(rs.getString(5)),
                                        rs.getBytes(6)));
                            }
                            if (rs.getBoolean(8) && takeOver(c, principal, key)) {
                                return new Proceed();
                            }
                        }
                    }
                }
                if (System.nanoTime() > deadline) {
                    return new InFlight();
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 200);
            }
        }
    }

    public void complete(String principal, String key, Answer answer) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                update idempotency_key
                   set state = 'DONE', status = ?, content_type = ?, headers = ?::jsonb, body = ?, locked_until = null
                 where principal = ? and key = ? and state = 'IN_FLIGHT'""")) {
            c.setAutoCommit(true);
            ps.setInt(1, answer.status());
            ps.setString(2, answer.contentType());
            ps.setString(3, mapper.writeValueAsString(answer.headers()));
            ps.setBytes(4, answer.body());
            ps.setString(5, principal);
            ps.setString(6, key);
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            // The request itself succeeded; a retry will find the key in flight and take it over after the lease.
            LOG.errorf(e, "Could not store the answer for Idempotency-Key %s", key);
        }
    }

    /** Frees the key after a failure that a retry may cure (a server error), so that the retry executes. */
    public void release(String principal, String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "delete from idempotency_key where principal = ? and key = ? and state = 'IN_FLIGHT'")) {
            c.setAutoCommit(true);
            ps.setString(1, principal);
            ps.setString(2, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.errorf(e, "Could not release Idempotency-Key %s", key);
        }
    }

    /** Deletes expired keys; every instance may do it, at most every ten minutes. */
    public int purgeExpired() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from idempotency_key where expires_at < now()")) {
            c.setAutoCommit(true);
            return ps.executeUpdate();
        }
    }

    private void purgeIfDue() {
        long now = System.currentTimeMillis();
        long last = lastPurge.get();
        if (now - last > PURGE_INTERVAL_MS && lastPurge.compareAndSet(last, now)) {
            try {
                purgeExpired();
            } catch (SQLException e) {
                LOG.warn("Could not purge expired idempotency keys", e);
            }
        }
    }

    private boolean insert(Connection c, String principal, String key, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into idempotency_key (principal, key, request_hash, state, locked_until, expires_at)
                values (?, ?, ?, 'IN_FLIGHT', now() + ?::interval, now() + ?::interval)
                on conflict (principal, key) do nothing""")) {
            ps.setString(1, principal);
            ps.setString(2, key);
            ps.setString(3, hash);
            ps.setString(4, config.lease().toMillis() + " milliseconds");
            ps.setString(5, config.retention().toMillis() + " milliseconds");
            return ps.executeUpdate() == 1;
        }
    }

    private boolean takeOver(Connection c, String principal, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update idempotency_key set locked_until = now() + ?::interval
                 where principal = ? and key = ? and state = 'IN_FLIGHT' and locked_until < now()""")) {
            ps.setString(1, config.lease().toMillis() + " milliseconds");
            ps.setString(2, principal);
            ps.setString(3, key);
            return ps.executeUpdate() == 1;
        }
    }

    private static void deleteExpired(Connection c, String principal, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "delete from idempotency_key where principal = ? and key = ? and expires_at < now()")) {
            ps.setString(1, principal);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    private Map<String, String> headers(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return mapper.readValue(json, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
