package org.yingsu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
    ApiTokenRepository tokens;

    @Inject
    SessionRepository sessions;

    @Inject
    SecurityConfig config;

    @Inject
    Clock clock;

    public Optional<Caller> byToken(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<ApiToken> found = tokens.findBySecretHash(Secrets.sha256(secret))
                .filter(t -> t.revokedAt == null && (t.expiresAt == null || t.expiresAt.isAfter(now)));
        found.ifPresent(token -> tokens.getEntityManager().createNativeQuery("update api_token set last_used_at = ?1"
                        + " where id = ?2 and (last_used_at is null or last_used_at < ?3)")
                .setParameter(1, now).setParameter(2, token.id).setParameter(3, now.minusMinutes(1)).executeUpdate());
        return found.map(token -> new Caller(Caller.Kind.TOKEN, token.id, null, token.name, token.role,
                token.agency == null ? null : token.agency.id, token.agency == null ? null : token.agency.code,
                null));
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
        return new Caller(Caller.Kind.USER, user.id, user.username, user.displayName, user.role,
                user.agency == null ? null : user.agency.id, user.agency == null ? null : user.agency.code,
                sessionId);
    }
}
