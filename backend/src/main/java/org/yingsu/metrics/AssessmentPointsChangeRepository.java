package org.yingsu.metrics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class AssessmentPointsChangeRepository implements PanacheRepositoryBase<AssessmentPointsChange, Long> {
}
