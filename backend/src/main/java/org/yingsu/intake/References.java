package org.yingsu.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The agencies and officials a document may refer to: those stored, overlaid by those the document itself brings.
 * Ids are null for records that exist only in the document until it is written.
 */
final class References {

    record AgencyRef(Long id, String code, String parentCode) {
    }

    record OfficialRef(Long id, String code, String agencyCode, Long agencyId, String role) {
    }

    /** A case by its natural key. */
    record CaseKey(String court, String caseNumber) {
    }

    final Map<String, AgencyRef> agencies = new HashMap<>();
    final Map<String, OfficialRef> officials = new HashMap<>();
    /** Stored defendants of the cases whose document refers to an agency it does not list itself. */
    final Map<CaseKey, Set<String>> storedDefendants = new HashMap<>();
    /** Stored officials whose agency a ledger may not change (a change of post is a new official). */
    final Map<String, String> storedOfficialAgencies = new HashMap<>();

    Optional<AgencyRef> agency(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(agencies.get(code));
    }

    Optional<OfficialRef> official(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(officials.get(code));
    }

    Set<String> storedDefendants(String court, String caseNumber) {
        return storedDefendants.getOrDefault(new CaseKey(court, caseNumber), Set.of());
    }
}
