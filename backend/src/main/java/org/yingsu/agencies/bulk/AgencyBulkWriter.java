package org.yingsu.agencies.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.agencies.bulk.AgencyEntries.AgencyEntry;
import org.yingsu.agencies.bulk.AgencyEntries.AgencyRef;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialEntry;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialRef;
import org.yingsu.common.database.JsonRows;
import org.yingsu.common.database.Sql;
import org.yingsu.common.persistence.ChangeCounts;

/**
 * The agencies' second door, beside the single-record API: set-based lookups and upserts of agencies and officials
 * for court intake and the ledger import, one statement per collection whatever its size. An upsert writes a row
 * only when a value differs, so a record sent again unchanged keeps its version. Runs on the caller's connection.
 */
@ApplicationScoped
public class AgencyBulkWriter {

    private static final String SQL = "agency-bulk.sql";

    @Inject
    ObjectMapper mapper;

    /** What a lookup found: the stored agencies and officials by code. */
    public record Found(List<AgencyRef> agencies, List<OfficialRef> officials) {
    }

    /** Agencies and officials by code in one round trip; {@code allAgencies} loads every agency (for cycles). */
    public Found lookup(Connection c, Collection<String> agencyCodes, Collection<String> officialCodes,
            boolean allAgencies) throws SQLException {
        List<AgencyRef> agencies = new ArrayList<>();
        List<OfficialRef> officials = new ArrayList<>();
        String sql = Sql.load(AgencyBulkWriter.class, SQL, allAgencies ? "lookup-all-agencies" : "lookup");
        Sql.bind(sql, Map.of("agencyCodes", agencyCodes.toArray(String[]::new),
                "officialCodes", officialCodes.toArray(String[]::new))).query(c, row -> {
                    if (row.getString("row_type").equals("A")) {
                        agencies.add(new AgencyRef(row.getLong("id"), row.getString("code"),
                                row.getString("under_code"), AgencyKind.valueOf(row.getString("agency_kind"))));
                    } else {
                        officials.add(new OfficialRef(row.getLong("id"), row.getString("code"),
                                row.getString("under_code"), row.getLong("agency_id"), OfficialRole.valueOf(row.getString("role")),
                                row.getObject("valid_from", java.time.LocalDate.class),
                                row.getObject("valid_to", java.time.LocalDate.class)));
                    }
                });
        return new Found(agencies, officials);
    }

    public ChangeCounts upsertAgencies(Connection c, List<AgencyEntry> agencies) throws SQLException {
        if (agencies == null || agencies.isEmpty()) {
            return ChangeCounts.NONE;
        }
        ArrayNode rows = mapper.createArrayNode();
        for (AgencyEntry a : agencies) {
            rows.addObject().put("code", a.code()).put("name", a.name()).put("kind", JsonRows.code(a.kind()))
                    .put("parent_code", a.parentCode());
        }
        Map<String, Object> values = Map.of("rows", JsonRows.text(mapper, rows));
        Set<String> created = new HashSet<>();
        Set<String> updated = new HashSet<>();
        Sql.bind(Sql.load(AgencyBulkWriter.class, SQL, "upsert-agencies"), values).query(c,
                row -> (row.getBoolean("created") ? created : updated).add(row.getString("code")));
        Sql.bind(Sql.load(AgencyBulkWriter.class, SQL, "set-parents"), values).query(c, row -> {
            if (!created.contains(row.getString("code"))) {
                updated.add(row.getString("code"));
            }
        });
        return ChangeCounts.of(agencies.size(), created.size(), updated.size());
    }

    public ChangeCounts upsertOfficials(Connection c, List<OfficialEntry> officials) throws SQLException {
        if (officials == null || officials.isEmpty()) {
            return ChangeCounts.NONE;
        }
        ArrayNode rows = mapper.createArrayNode();
        for (OfficialEntry o : officials) {
            rows.addObject().put("code", o.code()).put("agency_code", o.agencyCode()).put("name", o.name())
                    .put("role", JsonRows.code(o.role())).put("title", o.title()).put("valid_from", o.validFrom().toString())
                    .put("valid_to", o.validTo() == null ? null : o.validTo().toString());
        }
        int[] createdUpdated = new int[2];
        Sql.bind(Sql.load(AgencyBulkWriter.class, SQL, "upsert-officials"),
                Map.of("rows", JsonRows.text(mapper, rows))).query(c,
                        row -> createdUpdated[row.getBoolean("created") ? 0 : 1]++);
        return ChangeCounts.of(officials.size(), createdUpdated[0], createdUpdated[1]);
    }
}
