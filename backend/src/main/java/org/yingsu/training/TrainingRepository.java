package org.yingsu.training;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class TrainingRepository implements PanacheRepository<TrainingSession> {
}
