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
 * Keys and their answers in PostgreSQL, written in the transaction of the request they guard (IdempotencyFilter
 * begins it). The key's row is inserted first: a second request with the same key waits on the unique index until
 * the first commits (then it finds the stored answer) or rolls back, crashes or loses its connection (then its
 * insert goes through and it runs itself). A key is therefore never held by a request that no longer exists.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);
    private static final long PURGE_INTERVAL_MS = 10 * 60 * 1000L;
    /** PostgreSQL's lock_not_available: the wait for the other request's transaction ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

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

    /** The key is this request's, inside the current transaction: execute it, then {@link #complete}. */
    public record Proceed() implements Claim {
    }

    public record Replay(Answer answer) implements Claim {
    }

    public record Mismatch() implements Claim {
    }

    /** Another request with the key is still running after the configured wait. */
    public record InFlight() implements Claim {
    }

    /**
     * Claims the key in the current transaction, or finds its committed answer; while another transaction holds
     * the key, waits for it up to the configured time. Expired keys are deleted and claimed anew.
     */
    public Claim claim(String principal, String key, String requestHash) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 2; attempt++) {
                if (insert(c, principal, key, requestHash)) {
                    return new Proceed();
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        select request_hash, state, status, content_type, headers::text, body, expires_at < now()
                          from idempotency_key where principal = ? and key = ?""")) {
                    ps.setString(1, principal);
                    ps.setString(2, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || rs.getBoolean(7)) {
                            // Gone or expired since the insert looked: claim it anew.
                            deleteExpired(c, principal, key);
                            continue;
                        }
                        if (!rs.getString(1).equals(requestHash)) {
                            return new Mismatch();
                        }
                        return new Replay(new Answer(rs.getInt(3), rs.getString(4), headers(rs.getString(5)),
                                rs.getBytes(6)));
                    }
                }
            }
            return new InFlight();
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return new InFlight();
            }
            throw e;
        }
    }

    /** Stores the answer in the current transaction, which then commits it together with the request's effect. */
    public void complete(String principal, String key, Answer answer) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                update idempotency_key
                   set state = 'DONE', status = ?, content_type = ?, headers = ?::jsonb, body = ?
                 where principal = ? and key = ?""")) {
            ps.setInt(1, answer.status());
            ps.setString(2, answer.contentType());
            ps.setString(3, json(answer.headers()));
            ps.setBytes(4, answer.body());
            ps.setString(5, principal);
            ps.setString(6, key);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("The Idempotency-Key row of this transaction is gone", "55000");
            }
        }
    }

    /** Drops the key in the current transaction: its answer cannot be kept, so a retry executes again. */
    public void forget(String principal, String key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "delete from idempotency_key where principal = ? and key = ?")) {
            ps.setString(1, principal);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    /**
     * Keeps a client error (4xx), whose transaction was rolled back, on its own after that rollback: a retry of
     * the same request gets the same refusal. If another request claimed the key meanwhile, its answer wins.
     */
    public void keepRefusal(String principal, String key, String requestHash, Answer answer) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into idempotency_key (principal, key, request_hash, state, status, content_type, headers, body,
                                             expires_at)
                values (?, ?, ?, 'DONE', ?, ?, ?::jsonb, ?, now() + ?::interval)
                on conflict (principal, key) do nothing""")) {
            ps.setString(1, principal);
            ps.setString(2, key);
            ps.setString(3, requestHash);
            ps.setInt(4, answer.status());
            ps.setString(5, answer.contentType());
            ps.setString(6, json(answer.headers()));
            ps.setBytes(7, answer.body());
            ps.setString(8, config.retention().toMillis() + " milliseconds");
            ps.executeUpdate();
        } catch (SQLException e) {
            // Nothing was stored by the request; a retry simply executes again.
            LOG.warnf("Could not keep the refusal for Idempotency-Key %s: %s", key, e.getMessage());
        }
    }

    /** Deletes expired keys; every instance may do it, at most every ten minutes. */
    public int purgeExpired() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from idempotency_key where expires_at < now()")) {
            return ps.executeUpdate();
        }
    }

    /** Called before the request's transaction begins, so that a failed purge cannot abort it. */
    void purgeIfDue() {
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

    /**
     * Inserts the key's row, waiting at most the configured time for a transaction that holds the same key: the
     * wait is the lock on the other transaction, so it ends the moment that one commits, rolls back or dies.
     */
    private boolean insert(Connection c, String principal, String key, String hash) throws SQLException {
        try (PreparedStatement timeout = c.prepareStatement("select set_config('lock_timeout', ?, true)")) {
            timeout.setString(1, config.replayWait().toMillis() + "ms");
            timeout.execute();
        }
        boolean inserted;
        try (PreparedStatement ps = c.prepareStatement("""
                insert into idempotency_key (principal, key, request_hash, state, expires_at)
                values (?, ?, ?, 'IN_FLIGHT', now() + ?::interval)
                on conflict (principal, key) do nothing""")) {
            ps.setString(1, principal);
            ps.setString(2, key);
            ps.setString(3, hash);
            ps.setString(4, config.retention().toMillis() + " milliseconds");
            inserted = ps.executeUpdate() == 1;
        }
        // The request's own statements keep the server's lock timeout.
        try (PreparedStatement reset = c.prepareStatement("set local lock_timeout to default")) {
            reset.execute();
        }
        return inserted;
    }

    private static void deleteExpired(Connection c, String principal, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "delete from idempotency_key where principal = ? and key = ? and expires_at < now()")) {
            ps.setString(1, principal);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    private String json(Map<String, String> headers) throws SQLException {
        try {
            return mapper.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new SQLException("Cannot write the answer's headers", e);
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
