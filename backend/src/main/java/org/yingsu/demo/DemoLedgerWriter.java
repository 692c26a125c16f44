package org.yingsu.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a demo ledger into an empty database. Interim: stands in for the ledger import service of the intake
 * feature until it is on main, and then gives way to it (SPEC §7 wants the demo loaded through the import path).
 */
final class DemoLedgerWriter {

    private final Connection connection;
    private final Map<String, Long> agencyIds = new HashMap<>();
    private final Map<String, Long> officialIds = new HashMap<>();

    DemoLedgerWriter(Connection connection) {
        this.connection = connection;
    }

    void write(DemoLedger.Document document) throws SQLException {
        for (DemoLedger.Agency agency : document.agencies()) {
            agencyIds.put(agency.code(), returningId(
                    "insert into agency (code, name, kind, parent_id) values (?, ?, ?, ?) returning id",
                    agency.code(), agency.name(), agency.kind(),
                    agency.parentCode() == null ? null : agencyIds.get(agency.parentCode())));
        }
        for (DemoLedger.Official o : document.officials()) {
            officialIds.put(o.code(), returningId("insert into official (code, agency_id, name, role, title, "
                            + "valid_from, valid_to) values (?, ?, ?, ?, ?, ?, ?) returning id",
                    o.code(), agencyIds.get(o.agencyCode()), o.name(), o.role(), o.title(), o.validFrom(),
                    o.validTo()));
        }
        try (PreparedStatement defendants = connection.prepareStatement(
                        "insert into case_defendant (case_id, agency_id) values (?, ?)");
                PreparedStatement notices = connection.prepareStatement("insert into notice "
                        + "(hearing_id, agency_id, court, number, served_on) values (?, ?, ?, ?, ?)");
                PreparedStatement appearances = connection.prepareStatement("insert into appearance (hearing_id, "
                        + "agency_id, official_id, source, spoke, left_early, identity_status) "
                        + "values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement delegations = connection.prepareStatement("insert into delegation (hearing_id, "
                        + "agency_id, reason_category, reason, delegate_official_id, filed_on, status) "
                        + "values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement outcomes = connection.prepareStatement("insert into outcome "
                        + "(case_id, result, concluded_on, coordinated) values (?, ?, ?, ?)")) {
            for (DemoLedger.Case c : document.cases()) {
                long caseId = returningId("insert into litigation_case (court, case_number, trial_level, filed_on, "
                                + "cause_of_action, plaintiffs, mandatory_categories) "
                                + "values (?, ?, ?, ?, ?, ?, ?) returning id",
                        c.court(), c.caseNumber(), c.trialLevel(), c.filedOn(), c.causeOfAction(),
                        c.plaintiffs().toArray(String[]::new), c.mandatoryCategories().toArray(String[]::new));
                for (String defendant : c.defendants()) {
                    bind(defendants, caseId, agencyIds.get(defendant));
                    defendants.addBatch();
                }
                for (DemoLedger.Hearing h : c.hearings()) {
                    long hearingId = returningId("insert into hearing (case_id, scheduled_at, status) "
                            + "values (?, ?, ?) returning id", caseId, h.scheduledAt(), h.status());
                    for (DemoLedger.Notice n : h.notices()) {
                        bind(notices, hearingId, agencyIds.get(n.agencyCode()), c.court(), n.number(), n.servedOn());
                        notices.addBatch();
                    }
                    for (DemoLedger.Appearance a : h.appearances()) {
                        bind(appearances, hearingId, agencyIds.get(a.agencyCode()), officialIds.get(a.officialCode()),
                                a.source() == null ? "AGENCY" : a.source(), a.spoke(),
                                Boolean.TRUE.equals(a.leftEarly()),
                                a.identityStatus() == null ? "VERIFIED" : a.identityStatus());
                        appearances.addBatch();
                    }
                    for (DemoLedger.Delegation d : h.delegations()) {
                        bind(delegations, hearingId, agencyIds.get(d.agencyCode()), d.reasonCategory(), d.reason(),
                                officialIds.get(d.delegateOfficialCode()), d.filedOn(), d.status());
                        delegations.addBatch();
                    }
                }
                if (c.outcome() != null) {
                    bind(outcomes, caseId, c.outcome().result(), c.outcome().concludedOn(),
                            Boolean.TRUE.equals(c.outcome().coordinated()));
                    outcomes.addBatch();
                }
            }
            defendants.executeBatch();
            notices.executeBatch();
            appearances.executeBatch();
            delegations.executeBatch();
            outcomes.executeBatch();
        }
    }

    private long returningId(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (value instanceof String[] array) {
                ps.setArray(i + 1, connection.createArrayOf("text", array));
            } else if (value instanceof LocalDate date) {
                ps.setObject(i + 1, date);
            } else {
                ps.setObject(i + 1, value);
            }
        }
    }
}
