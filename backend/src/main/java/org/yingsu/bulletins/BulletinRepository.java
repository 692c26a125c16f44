package org.yingsu.bulletins;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class BulletinRepository implements PanacheRepository<Bulletin> {

    /** The quarter's bulletin in force: its latest revision. */
    Optional<Bulletin> current(int year, int quarter) {
        return find("year = ?1 and quarter = ?2 order by revision desc", year, quarter).firstResultOptional();
    }

    Optional<Bulletin> supersededBy(long id) {
        return find("supersedesId", id).firstResultOptional();
    }

    int lastSequence(int numberYear) {
        Integer last = getEntityManager()
                .createQuery("select max(b.numberSequence) from Bulletin b where b.numberYear = :year", Integer.class)
                .setParameter("year", numberYear).getSingleResult();
        return last == null ? 0 : last;
    }

    List<Bulletin> newestFirst(Integer year) {
        return year == null ? list("order by year desc, quarter desc, revision desc")
                : list("year = ?1 order by quarter desc, revision desc", year);
    }
}
