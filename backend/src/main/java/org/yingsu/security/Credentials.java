package org.yingsu.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Turns a presented secret (an API token or a session cookie) into the caller it belongs to, if still valid. */
@ApplicationScoped
@Transactional
public class Credentials {

    /** A real secret is 47 characters; anything much longer is not worth hashing. */
    private static final int MAX_SECRET_LENGTH = 200;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionRepository sessions;

    @Inject
    SecurityConfig config;

    @Inject
    Clock clock;

    /**
     * Every API request passes here, so it is one autocommitted statement on a plain connection rather than an
     * entity load in a JTA transaction (which cost a court's single-case push about a millisecond): the use
     * time is written only when the stored one is over a minute old.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Caller> byToken(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection connection = dataSource.getConnection()) {
            Caller caller;
            boolean stale;
            try (PreparedStatement ps = connection.prepareStatement("""
                    select t.id, t.name, t.role, t.agency_id, t.last_used_at is null or t.last_used_at < ?
                      from api_token t
                     where t.secret_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)""")) {
                ps.setObject(1, now.minusMinutes(1));
                ps.setString(2, Secrets.sha256(secret));
                ps.setObject(3, now);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Long agencyId = rs.getObject(4, Long.class);
                    caller = new Caller(Caller.Kind.TOKEN, rs.getLong(1), null, rs.getString(2),
                            Role.valueOf(rs.getString(3)), agencyId, null);
                    stale = rs.getBoolean(5);
                }
            }
            if (stale) {
                // One autocommitted statement: the audit trigger reads its actor from the statement itself.
                try (PreparedStatement ps = connection.prepareStatement("update api_token set last_used_at = ?"
                        + " where id = ? and (last_used_at is null or last_used_at < ?)"
                        + " and set_config('yingsu.actor', 'system', true) is not null")) {
                    ps.setObject(1, now);
                    ps.setLong(2, caller.id());
                    ps.setObject(3, now.minusMinutes(1));
                    ps.executeUpdate();
                }
            }
            return Optional.of(caller);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look the API token up", e);
        }
    }

    /** A session ends at its absolute lifetime, after its idle timeout, or when its user is disabled. */
    public Optional<Caller> bySession(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<UserSession> found = sessions.findBySecretHash(Secrets.sha256(secret))
                .filter(s -> s.expiresAt.isAfter(now) && s.user.enabled
                        && s.lastSeenAt.plus(config.session().idleTimeout()).isAfter(now));
        found.filter(s -> s.lastSeenAt.isBefore(now.minusMinutes(1))).ifPresent(s -> s.lastSeenAt = now);
        return found.map(s -> of(s.user, s.id));
    }

    static Caller of(UserAccount user, Long sessionId) {
        return new Caller(Caller.Kind.USER, user.id, user.username, user.displayName, user.role, user.agencyId,
                sessionId);
    }
}
