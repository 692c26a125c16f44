package org.yingsu.litigation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.rules.AppearanceRules;
import org.yingsu.litigation.rules.Duties.AppearanceFact;
import org.yingsu.litigation.rules.NoticeLeadTime;
import org.yingsu.litigation.rules.Post;
import org.yingsu.litigation.rules.SourcePrecedence;
import org.yingsu.litigation.rules.Standing;
import org.yingsu.litigation.vocabulary.IdentityStatus;
import org.yingsu.testing.Fixtures;

/**
 * The rules the figures still count in SQL (the views of R__published_views.sql) against their Java functions, on
 * the same cases: every row written in a transaction that is rolled back, every answer of the view compared with the
 * function's. A rule stated twice must say the same thing twice.
 */
@QuarkusTest
class RuleViewsTruthTableTests {

    /** 00:30 in Shanghai is the evening before in UTC: the rules judge the Shanghai date (R8). */
    private static final OffsetDateTime SCHEDULED = OffsetDateTime.of(2022, 3, 1, 0, 30, 0, 0, ZoneOffset.ofHours(8));
    private static final LocalDate DATE = Shanghai.dateOf(SCHEDULED);

    @Inject
    AgroalDataSource dataSource;

    /** The posts of the table: every role, in post or not on the hearing's date, at the boundaries. */
    private static List<LocalDate[]> validities() {
        return List.of(new LocalDate[] {DATE, null}, new LocalDate[] {DATE.minusYears(1), DATE},
                new LocalDate[] {DATE.plusDays(1), null}, new LocalDate[] {DATE.minusYears(1), DATE.minusDays(1)});
    }

    @Test
    void r1TheHeadAppearanceViewAgreesWithTheRuleInJava() throws SQLException {
        inRolledBackTransaction(db -> {
            long agency = db.agency(AgencyKind.DEPARTMENT);
            long other = db.agency(AgencyKind.SUBDISTRICT);
            long hearing = db.hearing(db.caseOf(agency, other));
            Map<Long, Boolean> expected = new HashMap<>();
            for (OfficialRole role : OfficialRole.values()) {
                for (LocalDate[] validity : validities()) {
                    for (IdentityStatus proof : IdentityStatus.values()) {
                        // The appearance recorded for the official's own agency, and (impossible through the API,
                        // possible in the table) for another one.
                        for (long recordedFor : new long[] {agency, other}) {
                            long official = db.official(agency, role, validity[0], validity[1]);
                            long appearance = db.appearance(hearing, recordedFor, official, "AGENCY", proof);
                            Post post = new Post(official, agency, null, role, validity[0], validity[1]);
                            Standing standing = Standing.of(post, recordedFor, AgencyKind.DEPARTMENT, null, null);
                            expected.put(appearance, AppearanceRules.countsAsHead(post, standing,
                                    proof == IdentityStatus.REJECTED, DATE));
                        }
                    }
                }
            }
            assertEquals(expected, db.booleans("select appearance_id as id, head as value from head_appearance"
                    + " where hearing_id = ?", hearing));
        });
    }

    @Test
    void r3TheNoticeLeadTimeViewAgreesWithTheRuleInJava() throws SQLException {
        inRolledBackTransaction(db -> {
            long agency = db.agency(AgencyKind.DEPARTMENT);
            long hearing = db.hearing(db.caseOf(agency, agency));
            Map<Long, Boolean> expected = new HashMap<>();
            for (int daysBefore = -2; daysBefore <= 6; daysBefore++) {
                LocalDate servedOn = DATE.minusDays(daysBefore);
                expected.put(db.notice(hearing, agency, servedOn), NoticeLeadTime.isLate(servedOn, DATE));
            }
            assertEquals(expected, db.booleans("select notice_id as id, late as value from notice_lead_time"
                    + " where hearing_id = ?", hearing));
        });
    }

    @Test
    void r10TheCountedAppearancesOfTheViewAreThoseTheRuleInJavaKeeps() throws SQLException {
        inRolledBackTransaction(db -> {
            long courtReported = db.agency(AgencyKind.DEPARTMENT);
            long agencyOnly = db.agency(AgencyKind.DEPARTMENT);
            long hearing = db.hearing(db.caseOf(courtReported, agencyOnly));
            Map<Long, Boolean> expected = new HashMap<>();
            for (long agency : new long[] {courtReported, agencyOnly}) {
                List<AppearanceFact> facts = new ArrayList<>();
                Map<AppearanceFact, Long> ids = new HashMap<>();
                String[] sources = agency == courtReported ? new String[] {"COURT", "AGENCY", "AGENCY"}
                        : new String[] {"AGENCY", "AGENCY"};
                for (String source : sources) {
                    long official = db.official(agency, OfficialRole.PRINCIPAL, DATE.minusYears(1), null);
                    AppearanceFact fact = new AppearanceFact(agency, new Post(official, agency, null,
                            OfficialRole.PRINCIPAL, DATE.minusYears(1), null), source.equals("COURT"), true, false,
                            false);
                    facts.add(fact);
                    ids.put(fact, db.appearance(hearing, agency, official, source, IdentityStatus.VERIFIED));
                }
                List<AppearanceFact> counted = SourcePrecedence.counted(facts, agency);
                facts.forEach(fact -> expected.put(ids.get(fact), counted.contains(fact)));
            }
            assertEquals(expected, db.booleans("select appearance_id as id, counted as value from head_appearance"
                    + " where hearing_id = ?", hearing));
        });
    }

    @FunctionalInterface
    private interface Work {
        void in(Rows db) throws SQLException;
    }

    private void inRolledBackTransaction(Work work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.in(new Rows(connection));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /** Rows written straight into the tables, so that the table can hold what no door would let in. */
    private record Rows(Connection connection) {

        long agency(AgencyKind kind) throws SQLException {
            return id("insert into agency (code, name, kind) values (?, '真值表机关', ?) returning id",
                    Fixtures.unique("TT"), kind.name());
        }

        long official(long agency, OfficialRole role, LocalDate from, LocalDate to) throws SQLException {
            return id("insert into official (code, agency_id, name, role, valid_from, valid_to)"
                    + " values (?, ?, '某', ?, ?, ?) returning id", Fixtures.unique("TT-O"), agency, role.name(), from,
                    to);
        }

        long caseOf(long defendant, long coDefendant) throws SQLException {
            long id = id("insert into litigation_case (court, case_number, trial_level) values ('真值表法院', ?,"
                    + " 'FIRST_INSTANCE') returning id", Fixtures.unique("（2022）真"));
            id("insert into case_defendant (case_id, agency_id) values (?, ?) returning case_id", id, defendant);
            if (coDefendant != defendant) {
                id("insert into case_defendant (case_id, agency_id) values (?, ?) returning case_id", id, coDefendant);
            }
            return id;
        }

        long hearing(long caseId) throws SQLException {
            return id("insert into hearing (case_id, scheduled_at, status) values (?, ?, 'HELD') returning id",
                    caseId, SCHEDULED);
        }

        long appearance(long hearing, long agency, long official, String source, IdentityStatus proof)
                throws SQLException {
            return id("insert into appearance (hearing_id, agency_id, official_id, source, spoke, identity_status)"
                    + " values (?, ?, ?, ?, true, ?) returning id", hearing, agency, official, source, proof.name());
        }

        long notice(long hearing, long agency, LocalDate servedOn) throws SQLException {
            return id("insert into notice (hearing_id, agency_id, court, number, served_on) values (?, ?, '真值表法院',"
                    + " ?, ?) returning id", hearing, agency, Fixtures.unique("真通知"), servedOn);
        }

        Map<Long, Boolean> booleans(String sql, long hearing) throws SQLException {
            Map<Long, Boolean> values = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, hearing);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.put(rows.getLong("id"), rows.getBoolean("value"));
                    }
                }
            }
            return values;
        }

        private long id(String sql, Object... values) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }
    }
}
