package org.yingsu.observations;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class ObservationRepository implements PanacheRepository<ObservationSession> {

    public Optional<ObservationSession> findByHearing(long hearingId) {
        return find("hearing.id", hearingId).firstResultOptional();
    }
}
