package org.yingsu.litigation.duties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.common.database.Sql;
import org.yingsu.litigation.rules.Duties;
import org.yingsu.litigation.rules.Duties.AppearanceFact;
import org.yingsu.litigation.rules.Duties.CaseFacts;
import org.yingsu.litigation.rules.Duties.Defendant;
import org.yingsu.litigation.rules.Duties.DelegationFact;
import org.yingsu.litigation.rules.Duties.Duty;
import org.yingsu.litigation.rules.Duties.HearingFacts;
import org.yingsu.litigation.rules.Duties.HearingFigures;
import org.yingsu.litigation.rules.Duties.NoticeFact;
import org.yingsu.litigation.rules.Post;
import org.yingsu.litigation.vocabulary.AppearanceSource;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.litigation.vocabulary.IdentityStatus;

/**
 * Keeps the stored duties (tables {@code duty}, {@code duty_hearing}) equal to what the pure rule {@link Duties}
 * says of the stored facts, in the transaction that changed the facts. Every write path calls it before commit; the
 * cases it touched are in {@code duty_stale} (statement triggers, V80__duty.sql), and a deferred check refuses a
 * commit that left one there.
 *
 * <p>Concurrency: before reading a case's facts it takes that case's advisory lock, all of them in key order, and
 * the posts lock shared; both are held to the end of the transaction. Of two transactions changing one case, the
 * second waits for the first to commit and then reads (READ COMMITTED: a new statement, a new snapshot) what the
 * first wrote, so the last commit always leaves the duties of everything committed. The locks are taken after the
 * caller's own writes and nothing after them waits on a row lock, so they add no cycle to the writers' own.
 */
@ApplicationScoped
public class DutyWriter {

    private static final String SQL = "duty.sql";
    /** Cases computed per round trip: a ledger's thousands in a few statements, a single push in one. */
    static final int CHUNK = 500;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    DutyConfig config;

    /** In the caller's JTA transaction (the single-record services): its connection is the one enlisted. */
    public void recomputeStale() {
        try (Connection connection = dataSource.getConnection()) {
            recomputeStale(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compute the duties", e);
        }
    }

    /** The cases this transaction changed, on the caller's connection (court intake, the ledger, tests). */
    public void recomputeStale(Connection connection) throws SQLException {
        List<Long> stale = new ArrayList<>();
        Sql.bind(Sql.load(DutyWriter.class, SQL, "stale"), Map.of()).query(connection,
                row -> stale.add(row.getLong("case_id")));
        recompute(connection, stale);
    }

    /** The named cases (a case that no longer exists has no duties). */
    public void recompute(Connection connection, Collection<Long> caseIds) throws SQLException {
        if (caseIds.isEmpty()) {
            return;
        }
        // Every lock first, in one ascending sequence, then the chunks.
        List<Long> ids = new ArrayList<>(new TreeSet<>(caseIds));
        Sql.bind(Sql.load(DutyWriter.class, SQL, "lock"), Map.of("keys",
                ids.stream().map(DutyWriter::lockKey).distinct().toArray(Integer[]::new))).query(connection, row -> {
                });
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Long[] array = chunk.toArray(Long[]::new);
            Map<String, Object> values = new HashMap<>();
            values.put("ids", array);
            values.put("bureau", config.agencyCode().orElse(null));
            List<StoredCase> facts = new ArrayList<>();
            Sql.bind(Sql.load(DutyWriter.class, SQL, "facts"), values).query(connection,
                    row -> facts.add(facts(row.getString("facts"))));
            ArrayNode duties = mapper.createArrayNode();
            ArrayNode hearings = mapper.createArrayNode();
            ArrayNode outcomes = mapper.createArrayNode();
            for (StoredCase c : facts) {
                write(c, Duties.of(c.facts()), duties, hearings, outcomes);
            }
            Sql.bind(Sql.load(DutyWriter.class, SQL, "clear"), Map.of("ids", array)).update(connection);
            if (!hearings.isEmpty() || !duties.isEmpty() || !outcomes.isEmpty()) {
                Sql.bind(Sql.load(DutyWriter.class, SQL, "write"), Map.of("duties", text(duties), "hearings",
                        text(hearings), "outcomes", text(outcomes))).update(connection);
            }
        }
    }

    /**
     * A case's advisory lock: one of {@value #LOCK_STRIPES} stripes. A lock per case made a 10 MB ledger (thousands of
     * cases in one transaction) exhaust PostgreSQL's shared lock table ("out of shared memory" at the default
     * max_locks_per_transaction); cases sharing a stripe only serialise a little more.
     */
    static int lockKey(long caseId) {
        return (int) (caseId % LOCK_STRIPES);
    }

    static final int LOCK_STRIPES = 256;

    /**
     * A case as stored: the rule's input, what each of its duties carries for the figures' filters, and its outcome
     * ({@code null} while none), which the figures count once per defendant.
     */
    record StoredCase(CaseFacts facts, String trialLevel, JsonNode mandatoryCategories, JsonNode outcome) {
    }

    /** The rule's input from the facts statement's JSON. */
    StoredCase facts(String json) {
        JsonNode c;
        try {
            c = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable case facts", e);
        }
        List<Defendant> defendants = new ArrayList<>();
        c.get("defendants").forEach(d -> defendants.add(new Defendant(d.get("agencyId").asLong(),
                AgencyKind.valueOf(d.get("kind").asText()))));
        Set<Long> designated = new HashSet<>();
        c.get("designated").forEach(d -> designated.add(d.asLong()));
        List<HearingFacts> hearings = new ArrayList<>();
        for (JsonNode h : c.get("hearings")) {
            List<NoticeFact> notices = new ArrayList<>();
            h.get("notices").forEach(n -> notices.add(new NoticeFact(n.get("agencyId").asLong(),
                    date(n.get("servedOn")))));
            List<AppearanceFact> appearances = new ArrayList<>();
            h.get("appearances").forEach(a -> appearances.add(new AppearanceFact(a.get("agencyId").asLong(),
                    new Post(a.get("officialId").asLong(), a.get("officialAgencyId").asLong(),
                            id(a.get("officialAgencyParentId")), OfficialRole.valueOf(a.get("role").asText()),
                            date(a.get("validFrom")), date(a.get("validTo"))),
                    AppearanceSource.COURT.name().equals(a.get("source").asText()), a.get("spoke").asBoolean(),
                    a.get("leftEarly").asBoolean(),
                    IdentityStatus.REJECTED.name().equals(a.get("identityStatus").asText()))));
            List<DelegationFact> delegations = new ArrayList<>();
            h.get("delegations").forEach(d -> delegations.add(new DelegationFact(d.get("agencyId").asLong(),
                    DelegationStatus.valueOf(d.get("status").asText()), date(d.get("filedOn")),
                    d.get("courtFinding").isNull() ? null : CourtFinding.valueOf(d.get("courtFinding").asText()))));
            hearings.add(new HearingFacts(h.get("id").asLong(), OffsetDateTime.parse(h.get("scheduledAt").asText()),
                    HearingStatus.valueOf(h.get("status").asText()), notices, appearances, delegations));
        }
        CaseFacts facts = new CaseFacts(c.get("id").asLong(), defendants, designated, id(c.get("bureauAgencyId")),
                id(c.get("handlingAgencyId")), hearings);
        JsonNode outcome = c.get("outcome");
        return new StoredCase(facts, c.get("trialLevel").asText(), c.get("mandatoryCategories"),
                outcome == null || outcome.isNull() ? null : outcome);
    }

    private void write(StoredCase c, Duties.Result result, ArrayNode duties, ArrayNode hearings,
            ArrayNode outcomes) {
        if (c.outcome() != null) {
            for (Defendant d : c.facts().defendants()) {
                outcomes.addObject().put("case_id", c.facts().caseId()).put("agency_id", d.agencyId())
                        .put("concluded_on", c.outcome().get("concludedOn").asText())
                        .put("trial_level", c.trialLevel()).put("result", c.outcome().get("result").asText())
                        .put("coordinated", c.outcome().get("coordinated").asBoolean());
            }
        }
        for (Duty d : result.duties()) {
            ObjectNode row = duties.addObject().put("case_id", d.caseId()).put("agency_id", d.agencyId())
                    .put("kind", d.kind().name()).put("hearing_id", d.hearingId())
                    .put("duty_date", d.date().toString()).put("trial_level", c.trialLevel())
                    .put("status", d.status().name());
            row.set("mandatory_categories", c.mandatoryCategories());
            ArrayNode covered = row.putArray("covered_hearing_ids");
            d.coveredHearingIds().forEach(covered::add);
        }
        for (HearingFigures f : result.hearings()) {
            hearings.addObject().put("hearing_id", f.hearingId()).put("agency_id", f.agencyId())
                    .put("case_id", f.caseId()).put("hearing_date", f.date().toString())
                    .put("trial_level", c.trialLevel()).put("defends", f.defends()).put("notices", f.notices())
                    .put("late_notices", f.lateNotices()).put("head_appeared", f.headAppeared())
                    .put("silent", f.silentAppearances()).put("left_early", f.leftEarlyAppearances())
                    .put("no_one_appeared", f.noOneAppeared());
        }
    }

    private String text(ArrayNode rows) {
        try {
            return mapper.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static Long id(JsonNode node) {
        return node == null || node.isNull() ? null : node.asLong();
    }
}
