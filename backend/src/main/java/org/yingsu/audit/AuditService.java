package org.yingsu.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.time.Shanghai;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AuditService {

    /** Bookkeeping that changes with every write and says nothing about what changed. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updated_at");

    /** Filters of the audit list; {@code from} inclusive, {@code to} exclusive. */
    public record Filter(String entity, String entityId, String actor, String action, OffsetDateTime from,
            OffsetDateTime to) {
    }

    @Inject
    AuditRepository entries;

    public PageResult<AuditResponse> list(Filter filter, Paging paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        add(query, parameters, "entity", filter.entity());
        add(query, parameters, "entityId", filter.entityId());
        add(query, parameters, "actor", filter.actor());
        add(query, parameters, "action", filter.action());
        if (filter.from() != null) {
            query.append(" and at >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and at < :to");
            parameters.and("to", filter.to());
        }
        var found = entries.find(query.toString(), Sort.descending("at").and("id", Sort.Direction.Descending),
                parameters).page(Page.of(paging.page, paging.size));
        return new PageResult<>(found.list().stream().map(AuditService::response).toList(), paging.page,
                paging.size, found.count());
    }

    private static void add(StringBuilder query, Parameters parameters, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.append(" and ").append(field).append(" = :").append(field);
            parameters.and(field, value.trim());
        }
    }

    static AuditResponse response(AuditEntry entry) {
        return new AuditResponse(entry.id, Shanghai.local(entry.at), entry.actor, entry.action, entry.entity,
                entry.entityId, entry.naturalKey, changed(entry.before, entry.after).stream().toList(), entry.before,
                entry.after);
    }

    static Set<String> changed(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new TreeSet<>();
        if (before != null) {
            keys.addAll(before.keySet());
        }
        if (after != null) {
            keys.addAll(after.keySet());
        }
        keys.removeAll(BOOKKEEPING);
        keys.removeIf(key -> before != null && after != null && Objects.equals(before.get(key), after.get(key)));
        return keys;
    }
}
