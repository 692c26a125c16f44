package org.yingsu.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepository<UserAccount> {

    /** Usernames are compared without case: 'Admin' and 'admin' are one person. */
    public Optional<UserAccount> findByUsername(String username) {
        return find("username", normalize(username))
                .firstResultOptional();
    }

    public static String normalize(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }
}
