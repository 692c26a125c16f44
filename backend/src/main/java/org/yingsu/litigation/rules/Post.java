package org.yingsu.litigation.rules;

import java.time.LocalDate;
import org.yingsu.agencies.OfficialRole;

/**
 * An official's post as the rules see it: who, in which agency (and that agency's parent, for R4's lower-level
 * bodies), in which role, over which dates. A change of post is another post.
 *
 * @param agencyParentId the parent of the official's agency, or null
 * @param validTo the last day in post, or null while in post
 */
public record Post(long officialId, long agencyId, Long agencyParentId, OfficialRole role, LocalDate validFrom,
        LocalDate validTo) {

    public boolean inPostOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** R1: a head (负责人, art. 2) of the post's own agency on that date. */
    public boolean headOn(LocalDate date) {
        return role.isHead() && inPostOn(date);
    }
}
