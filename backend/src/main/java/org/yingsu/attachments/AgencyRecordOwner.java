package org.yingsu.attachments;

import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.yingsu.security.CallerScope;
import org.yingsu.security.Scope;

/**
 * An owner whose records each belong to one agency and are kept between it and the bureau (delegations, appearances,
 * recommendations, lost-case reports): the bureau sees their documents, the agency its own, nobody else any.
 */
public abstract class AgencyRecordOwner implements AttachmentOwner {

    @Inject
    protected CallerScope callers;

    /** The agency of the record, or empty when no such record exists. */
    protected abstract Optional<Long> agencyOf(long id);

    @Override
    public Set<Long> agencies(long id) {
        return agencyOf(id).map(Set::of).orElse(Set.of());
    }

    @Override
    public boolean sees(long id) {
        Scope scope = callers.current();
        return scope.all() || agencyOf(id).filter(scope::seesAgencyRecord).isPresent();
    }
}
