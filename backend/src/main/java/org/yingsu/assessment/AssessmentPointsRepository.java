package org.yingsu.assessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AssessmentPointsRepository implements PanacheRepositoryBase<AssessmentPoints, Integer> {
}
