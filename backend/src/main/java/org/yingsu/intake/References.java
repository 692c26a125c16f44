package org.yingsu.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yingsu.agencies.bulk.AgencyBulkWriter;
import org.yingsu.agencies.bulk.AgencyEntries.AgencyRef;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialRef;
import org.yingsu.litigation.bulk.CaseBulkWriter.CaseKey;
import org.yingsu.litigation.bulk.CaseBulkWriter;
import org.yingsu.litigation.rules.Post;

/**
 * The agencies and officials a document may refer to: those stored, overlaid by those the document itself brings.
 * Ids are null for records that exist only in the document until it is written.
 */
final class References implements CaseBulkWriter.Ids {

    final Map<String, AgencyRef> agencies = new HashMap<>();
    final Map<String, OfficialRef> officials = new HashMap<>();
    /** Stored defendants of the cases whose document refers to an agency it does not list itself. */
    final Map<CaseKey, Set<String>> storedDefendants = new HashMap<>();
    /** Stored notices the documents name, with the case and agency each is bound to. */
    final Map<CaseBulkWriter.NoticeKey, CaseBulkWriter.BoundNotice> storedNotices = new HashMap<>();
    /** Stored officials whose agency a ledger may not change (a change of post is a new official). */
    final Map<String, String> storedOfficialAgencies = new HashMap<>();
    private final Map<String, Long> newAgencies = new HashMap<>();

    void add(AgencyBulkWriter.Found found) {
        found.agencies().forEach(a -> agencies.put(a.code(), a));
        found.officials().forEach(o -> officials.put(o.code(), o));
    }

    Optional<AgencyRef> agency(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(agencies.get(code));
    }

    Optional<OfficialRef> official(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(officials.get(code));
    }

    /**
     * A key standing for an agency in the rules, which compare agencies by id: its id when stored, else a number of
     * its own for one the document brings.
     */
    long agencyKey(String code) {
        AgencyRef agency = agencies.get(code);
        if (agency != null && agency.id() != null) {
            return agency.id();
        }
        return -1 - newAgencies.computeIfAbsent(code, c -> (long) newAgencies.size());
    }

    /** The bureau's agency code (YINGSU_BUREAU_AGENCY_CODE), whose staff may stand in for the government (R4). */
    String bureauCode;

    /** The bureau's key for {@link org.yingsu.litigation.rules.Standing}, or null when none is configured or known. */
    Long bureauKey() {
        return bureauCode == null || agency(bureauCode).isEmpty() ? null : agencyKey(bureauCode);
    }

    /** A case's handling department's key, or null. */
    Long handlingKey(String code) {
        return code == null || agency(code).isEmpty() ? null : agencyKey(code);
    }

    /** The post of an official as the rules see it (R1, R4). */
    Post post(OfficialRef official) {
        String parent = agency(official.agencyCode()).map(AgencyRef::parentCode).orElse(null);
        return new Post(official.id() == null ? -1 : official.id(), agencyKey(official.agencyCode()),
                parent == null ? null : agencyKey(parent), official.role(), official.validFrom(), official.validTo());
    }

    Set<String> storedDefendants(String court, String caseNumber) {
        return storedDefendants.getOrDefault(new CaseKey(court, caseNumber), Set.of());
    }

    @Override
    public long agencyId(String code) {
        return agencies.get(code).id();
    }

    @Override
    public long officialId(String code) {
        return officials.get(code).id();
    }

    @Override
    public long agencyOfOfficial(String code) {
        return officials.get(code).agencyId();
    }
}
