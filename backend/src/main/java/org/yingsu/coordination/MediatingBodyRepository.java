package org.yingsu.coordination;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class MediatingBodyRepository implements PanacheRepository<MediatingBody> {

    Optional<MediatingBody> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
