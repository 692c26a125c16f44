package org.yingsu.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return find("secretHash", secretHash)
                .firstResultOptional();
    }
}
