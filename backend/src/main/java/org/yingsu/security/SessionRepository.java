package org.yingsu.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;

@ApplicationScoped
public class SessionRepository implements PanacheRepository<UserSession> {

    public Optional<UserSession> findBySecretHash(String secretHash) {
        return find("from UserSession s join fetch s.user where s.secretHash = ?1",
                secretHash).firstResultOptional();
    }

    public long deleteExpired(OffsetDateTime now) {
        return delete("expiresAt <= ?1", now);
    }

    public long endAllOf(long userId, Long except) {
        return except == null ? delete("user.id = ?1", userId) : delete("user.id = ?1 and id <> ?2", userId, except);
    }
}
