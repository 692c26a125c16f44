package org.yingsu.warnings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.time.Shanghai;
import org.yingsu.security.CallerScope;
import org.yingsu.warnings.WarningDtos.RefreshResult;
import org.yingsu.warnings.WarningDtos.WarningResponse;

/** 出庭预警: kept up to date by a scheduled job; every instance may run it, one at a time does. */
@ApplicationScoped
@Transactional
public class WarningService {

    /** Key of the PostgreSQL advisory lock that makes one refresh run at a time across instances. */
    static final long LOCK_KEY = 0x5969_6e67_7375_0001L;

    private static final String REFRESH = """
            with uncovered as (
                select h.id as hearing_id, cd.agency_id
                from hearing h
                join case_defendant cd on cd.case_id = h.case_id
                where h.status = 'SCHEDULED' and h.scheduled_at >= :now and h.scheduled_at < :horizon
                  and not exists (select 1 from head_confirmation c
                                  where c.hearing_id = h.id and c.agency_id = cd.agency_id)
                  and not exists (select 1 from delegation d
                                  where d.hearing_id = h.id and d.agency_id = cd.agency_id
                                    and d.status in ('SUBMITTED', 'APPROVED'))
            ), raised as (
                insert into hearing_warning (hearing_id, agency_id, raised_at)
                select hearing_id, agency_id, :now from uncovered
                on conflict (hearing_id, agency_id) do update
                    set raised_at = excluded.raised_at, resolved_at = null, notified_at = null
                    where hearing_warning.resolved_at is not null
                returning 1
            ), resolved as (
                update hearing_warning w set resolved_at = :now
                where w.resolved_at is null
                  and not exists (select 1 from uncovered u
                                  where u.hearing_id = w.hearing_id and u.agency_id = w.agency_id)
                returning 1
            )
            select (select count(*) from raised), (select count(*) from resolved)
            """;

    private static final String SELECT = """
            select w.id, h.id, c.id, c.court, c.case_number, h.scheduled_at, a.code, a.name, w.raised_at,
                   w.resolved_at, a.email
            from hearing_warning w
            join hearing h on h.id = w.hearing_id
            join litigation_case c on c.id = h.case_id
            join agency a on a.id = w.agency_id
            """;

    @Inject
    EntityManager em;

    @Inject
    CallerScope callers;

    @Inject
    WarningConfig config;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    /**
     * Raises warnings for uncovered hearings, clears those now covered or past, and notifies the new ones. When
     * another instance holds the lock this tick is skipped: it is doing the same work.
     */
    public RefreshResult refresh() {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY).getSingleResult();
        if (!locked) {
            return new RefreshResult(false, 0, 0, 0);
        }
        Instant now = clock.instant();
        Object[] counts = (Object[]) em.createNativeQuery(REFRESH)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("horizon", OffsetDateTime.ofInstant(now.plus(Duration.ofDays(config.warningDays())),
                        ZoneOffset.UTC))
                .getSingleResult();
        notifyNew();
        long open = (Long) em.createNativeQuery("select count(*) from hearing_warning where resolved_at is null",
                Long.class).getSingleResult();
        return new RefreshResult(true, ((Number) counts[0]).intValue(), ((Number) counts[1]).intValue(), (int) open);
    }

    /** One message per agency with all its new warnings. */
    private void notifyNew() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where w.resolved_at is null and w.notified_at is null"
                + " order by a.code, h.scheduled_at").getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Map<String, List<Object[]>> byAgency = new LinkedHashMap<>();
        rows.forEach(row -> byAgency.computeIfAbsent((String) row[6], k -> new java.util.ArrayList<>()).add(row));
        byAgency.forEach((code, agencyRows) -> notifier.warningsRaised((String) agencyRows.get(0)[7],
                (String) agencyRows.get(0)[10], agencyRows.stream().map(WarningService::toResponse).toList()));
        em.createNativeQuery("update hearing_warning set notified_at = :now where resolved_at is null"
                + " and notified_at is null").setParameter("now", OffsetDateTime.now(clock)).executeUpdate();
    }

    public PageResult<WarningResponse> list(String agencyCode, boolean openOnly, Paging paging) {
        String where = " where (cast(:agency as text) is null or a.code = cast(:agency as text))"
                + (openOnly ? " and w.resolved_at is null" : "")
                + (callers.current().limitedToAgencies() ? " and a.id in (:scope)" : "");
        @SuppressWarnings("unchecked")
        var select = em.createNativeQuery(SELECT + where + " order by h.scheduled_at, a.code")
                .setParameter("agency", agencyCode);
        var count = em.createNativeQuery("select count(*) from hearing_warning w join agency a on a.id = w.agency_id"
                + where).setParameter("agency", agencyCode);
        if (callers.current().limitedToAgencies()) {
            select.setParameter("scope", scopeIds());
            count.setParameter("scope", scopeIds());
        }
        List<Object[]> rows = select
                .setFirstResult(paging.page * paging.size).setMaxResults(paging.size).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new PageResult<>(rows.stream().map(WarningService::toResponse).toList(), paging.page, paging.size,
                total);
    }

    /** Never empty: an agency always sees itself. */
    private java.util.Collection<Long> scopeIds() {
        return callers.current().agencyIds().isEmpty() ? List.of(-1L) : callers.current().agencyIds();
    }

    private static WarningResponse toResponse(Object[] row) {
        return new WarningResponse(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), (String) row[3], (String) row[4], time(row[5]), (String) row[6],
                (String) row[7], time(row[8]), time(row[9]), row[9] == null);
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        Instant instant = value instanceof Timestamp t ? t.toInstant()
                : value instanceof OffsetDateTime o ? o.toInstant() : ((Instant) value);
        return Shanghai.local(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
