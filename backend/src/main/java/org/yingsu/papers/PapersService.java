package org.yingsu.papers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.common.http.Paging;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.vocabulary.AppearanceSource;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.metrics.MetricsService;
import org.yingsu.metrics.PendingIdentity;
import org.yingsu.papers.PapersDtos.PapersCheckItem;
import org.yingsu.papers.PapersDtos.PapersCheckPage;
import org.yingsu.security.CallerScope;
import org.yingsu.security.Scope;

/**
 * The papers check (定期检查身份资格及委托手续): the bureau's worklist of papers still missing or refused after the
 * hearing; an agency sees its own agencies' items (R9). Nothing is stored: an item leaves the list when it is
 * resolved where it lives (the proof verified or rejected, the letter attached, the delegation rejected).
 */
@ApplicationScoped
public class PapersService {

    @Inject
    PapersRepository repository;

    @Inject
    MetricsService metrics;

    @Inject
    CallerScope callers;

    @Inject
    Clock clock;

    public PapersCheckPage list(PapersCheckKind kind, String agencyCode, Integer minAgeDays, Paging paging) {
        Scope scope = callers.current();
        LocalDate today = Shanghai.today(clock);
        var filter = new PapersRepository.Filter(kind, agencyCode, minAgeDays,
                scope.all() ? null : scope.agencyIds(), today);
        int days = metrics.pendingIdentityDays();
        var items = repository.page(filter, paging.page, paging.size).stream().map(row -> new PapersCheckItem(
                row.kind(), row.agencyCode(), row.agencyName(), row.caseId(), row.court(), row.caseNumber(),
                row.hearingId(), row.hearingDate(), row.ageDays(),
                row.kind() == PapersCheckKind.PENDING_IDENTITY
                        && PendingIdentity.overdue(row.hearingDate(), today, days),
                row.officialCode(), row.officialName(), row.officialTitle(), OfficialRole.valueOf(row.officialRole()),
                row.appearanceId(), row.source() == null ? null : AppearanceSource.valueOf(row.source()),
                row.delegationId(),
                row.delegationStatus() == null ? null : DelegationStatus.valueOf(row.delegationStatus()),
                row.courtFinding() == null ? null : CourtFinding.valueOf(row.courtFinding()))).toList();
        return new PapersCheckPage(items, paging.page, paging.size, repository.count(filter), days);
    }
}
