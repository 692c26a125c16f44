package org.yingsu.metrics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AssessmentPointsRepository implements PanacheRepositoryBase<AssessmentPoints, Integer> {
}
