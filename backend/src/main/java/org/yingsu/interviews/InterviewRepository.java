package org.yingsu.interviews;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class InterviewRepository implements PanacheRepository<Interview> {

    public List<Interview> ofQuarter(int year, int quarter) {
        return list("from Interview i join fetch i.agency where i.year = ?1 and i.quarter = ?2", year, quarter);
    }
}
