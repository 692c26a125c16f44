package org.yingsu.coordination;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class DisputeRepository implements PanacheRepository<Dispute> {

    Optional<Dispute> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }
}
