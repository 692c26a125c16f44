package org.yingsu.litigation.outcomes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<Outcome, Long> {
}
