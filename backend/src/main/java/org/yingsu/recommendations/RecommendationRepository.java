package org.yingsu.recommendations;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepository<JudicialRecommendation> {
}
