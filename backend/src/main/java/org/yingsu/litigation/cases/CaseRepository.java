package org.yingsu.litigation.cases;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.yingsu.common.http.Listing;
import org.yingsu.litigation.vocabulary.TrialLevel;

@ApplicationScoped
public class CaseRepository implements PanacheRepository<LitigationCase> {

    @Inject
    CaseAccess access;

    public Optional<LitigationCase> findByNaturalKey(String court, String caseNumber) {
        return find("court = ?1 and caseNumber = ?2", court, caseNumber).firstResultOptional();
    }

    /** Filters of the case list; {@code text} matches the case number, the cause of action or a plaintiff. */
    public record Filter(String text, String agencyCode, TrialLevel trialLevel, Boolean mandatory, LocalDate filedFrom,
            LocalDate filedTo) {
    }

    public PanacheQuery<LitigationCase> search(Filter filter, Listing listing, Page page) {
        StringBuilder query = new StringBuilder("from LitigationCase c where 1 = 1");
        Parameters parameters = new Parameters();
        if (filter.text() != null && !filter.text().isBlank()) {
            // The case number is compared in normal form, so "(2022)渝0112行初116号" finds "（2022）渝0112行初116号".
            query.append(" and (" + CaseNumbers.NORMALISED_COLUMN.formatted("c.caseNumber") + " like :number"
                    + " or lower(c.causeOfAction) like :text or lower(c.court) like :text)");
            parameters.and("text", "%" + filter.text().trim().toLowerCase() + "%");
            parameters.and("number", "%" + CaseNumbers.normalise(filter.text()).toLowerCase() + "%");
        }
        if (filter.agencyCode() != null) {
            query.append(" and exists (select 1 from c.defendants d where d.code = :agencyCode)");
            parameters.and("agencyCode", filter.agencyCode());
        }
        if (filter.trialLevel() != null) {
            query.append(" and c.trialLevel = :trialLevel");
            parameters.and("trialLevel", filter.trialLevel());
        }
        if (filter.mandatory() != null) {
            query.append(filter.mandatory() ? " and array_length(c.mandatoryCategories) > 0"
                    : " and array_length(c.mandatoryCategories) = 0");
        }
        if (filter.filedFrom() != null) {
            query.append(" and c.filedOn >= :filedFrom");
            parameters.and("filedFrom", filter.filedFrom());
        }
        if (filter.filedTo() != null) {
            query.append(" and c.filedOn <= :filedTo");
            parameters.and("filedTo", filter.filedTo());
        }
        listing.restrict(query, parameters, "c");
        access.restrictCases(query, parameters, "c");
        return find(query.toString(), listing.order("c", Sort.descending("c.filedOn").and("c.id",
                Sort.Direction.Descending)), parameters).page(page);
    }
}
