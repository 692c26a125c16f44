package org.yingsu.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yingsu.litigation.bulk.CaseBulkWriter.CaseKey;
import org.yingsu.litigation.bulk.CaseBulkWriter;
import org.yingsu.litigation.bulk.CaseDocuments.AppearanceDocument;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.litigation.bulk.CaseDocuments.DelegationDocument;
import org.yingsu.litigation.bulk.CaseDocuments.HearingDocument;
import org.yingsu.litigation.bulk.CaseDocuments.NoticeDocument;

/** What court intake and the ledger import share: which codes cases name, and the lookups their checks need. */
final class CaseChecks {

    private CaseChecks() {
    }

    static Set<String> agencyCodes(List<CaseDocument> cases) {
        Set<String> codes = new HashSet<>();
        for (CaseDocument c : nonNull(cases)) {
            if (c == null) {
                continue;
            }
            addAll(codes, c.defendants());
            add(codes, c.handlingAgencyCode());
            if (c.appearanceDesignation() != null) {
                addAll(codes, c.appearanceDesignation().defendants());
            }
            for (HearingDocument h : nonNull(c.hearings())) {
                if (h == null) {
                    continue;
                }
                nonNull(h.notices()).forEach(n -> add(codes, n == null ? null : n.agencyCode()));
                nonNull(h.appearances()).forEach(a -> add(codes, a == null ? null : a.agencyCode()));
                nonNull(h.delegations()).forEach(d -> add(codes, d == null ? null : d.agencyCode()));
            }
        }
        return codes;
    }

    static Set<String> officialCodes(List<CaseDocument> cases) {
        Set<String> codes = new HashSet<>();
        for (CaseDocument c : nonNull(cases)) {
            for (HearingDocument h : c == null ? List.<HearingDocument>of() : nonNull(c.hearings())) {
                if (h == null) {
                    continue;
                }
                nonNull(h.appearances()).forEach(a -> add(codes, a == null ? null : a.officialCode()));
                nonNull(h.delegations()).forEach(d -> add(codes, d == null ? null : d.delegateOfficialCode()));
            }
        }
        return codes;
    }

    /**
     * Loads the stored defendants of the cases whose records name an agency the document does not list as a
     * defendant; a typical document lists them all, and then this costs no query.
     */
    static void loadStoredDefendants(CaseBulkWriter writer, Connection connection, List<CaseDocument> cases,
            References refs) throws SQLException {
        List<CaseKey> needed = new ArrayList<>();
        for (CaseDocument c : nonNull(cases)) {
            if (c == null || c.court() == null || c.caseNumber() == null) {
                continue;
            }
            Set<String> named = new LinkedHashSet<>();
            for (HearingDocument h : nonNull(c.hearings())) {
                if (h == null) {
                    continue;
                }
                for (NoticeDocument n : nonNull(h.notices())) {
                    add(named, n == null ? null : n.agencyCode());
                }
                for (DelegationDocument d : nonNull(h.delegations())) {
                    add(named, d == null ? null : d.agencyCode());
                }
                for (AppearanceDocument a : nonNull(h.appearances())) {
                    if (a != null) {
                        refs.official(a.officialCode()).ifPresent(o -> named.add(o.agencyCode()));
                    }
                }
            }
            if (c.defendants() != null) {
                named.removeAll(c.defendants());
            }
            if (!named.isEmpty()) {
                needed.add(new CaseKey(c.court(), c.caseNumber()));
            }
        }
        refs.storedDefendants.putAll(writer.storedDefendants(connection, needed));
        loadStoredNotices(writer, connection, cases, refs);
    }

    /** The stored notices the documents name, so that one bound elsewhere is refused rather than moved (R5). */
    private static void loadStoredNotices(CaseBulkWriter writer, Connection connection, List<CaseDocument> cases,
            References refs) throws SQLException {
        Set<CaseBulkWriter.NoticeKey> named = new LinkedHashSet<>();
        for (CaseDocument c : nonNull(cases)) {
            for (HearingDocument h : c == null ? List.<HearingDocument>of() : nonNull(c.hearings())) {
                for (NoticeDocument n : h == null ? List.<NoticeDocument>of() : nonNull(h.notices())) {
                    if (n != null && n.number() != null) {
                        named.add(new CaseBulkWriter.NoticeKey(n.court() != null ? n.court() : c.court(),
                                n.number()));
                    }
                }
            }
        }
        refs.storedNotices.putAll(writer.storedNotices(connection, named));
    }

    private static void addAll(Set<String> codes, List<String> values) {
        nonNull(values).forEach(v -> add(codes, v));
    }

    private static void add(Set<String> codes, String value) {
        if (value != null && !value.isBlank()) {
            codes.add(value);
        }
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
