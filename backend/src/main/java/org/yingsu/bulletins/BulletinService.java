package org.yingsu.bulletins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yingsu.accountability.ReferralService;
import org.yingsu.bulletins.BulletinDtos.BulletinResponse;
import org.yingsu.bulletins.BulletinDtos.BulletinSummary;
import org.yingsu.bulletins.BulletinDtos.Draft;
import org.yingsu.bulletins.BulletinDtos.Publish;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.metrics.Absence;
import org.yingsu.metrics.ComplianceFigures;
import org.yingsu.metrics.ComplianceReport;
import org.yingsu.metrics.MetricsConfig;
import org.yingsu.metrics.MetricsService;
import org.yingsu.metrics.Period;
import org.yingsu.security.Caller;
import org.yingsu.security.CallerScope;

/**
 * 季度通报: previewed live from the quarter's figures and absences, published once as a numbered snapshot that
 * nothing recomputes; a correction supersedes it with a new number.
 */
@ApplicationScoped
@Transactional
class BulletinService {

    /** Key of the PostgreSQL advisory lock that numbers one publication at a time, across instances. */
    private static final long NUMBERING_LOCK = 0x59_42_55_4CL;
    private static final int ATTEMPTS = 3;

    @Inject
    BulletinRepository bulletins;

    @Inject
    MetricsService metrics;

    @Inject
    MetricsConfig metricsConfig;

    @Inject
    BulletinConfig config;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    CallerScope callers;

    @Inject
    Clock clock;

    /** Stores nothing, so it reads the figures where figures are read (a reporting replica when there is one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Draft preview(int year, int quarter) {
        Period period = Period.of(year, quarter, null);
        if (period.start().isAfter(Shanghai.today(clock))) {
            throw ProblemException.invalid("quarter", period.label() + " has not begun yet");
        }
        return new Draft(compose(period), bulletins.current(year, quarter).map(this::summary).orElse(null));
    }

    /**
     * Publishes the quarter as it now stands. A quarter already published is a 409 unless the request is a
     * correction of the bulletin in force: then the new revision supersedes it and the old one stays as it was.
     */
    public BulletinResponse publish(Publish body) {
        // One publication at a time, so that numbers follow each other and a quarter is never published twice.
        em.createNativeQuery("select pg_advisory_xact_lock(:key) is null").setParameter("key", NUMBERING_LOCK)
                .getSingleResult();
        Period period = Period.of(body.year(), body.quarter(), null);
        // To the microsecond PostgreSQL keeps, so that the answer now and every later read agree.
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate today = Shanghai.dateOf(now);
        if (period.end().isAfter(today)) {
            throw ProblemException.invalid("quarter", period.label() + " has not ended yet; a bulletin is "
                    + "published once its quarter is over");
        }
        Optional<Bulletin> current = bulletins.current(body.year(), body.quarter());
        String reason = body.correctionReason() == null || body.correctionReason().isBlank() ? null
                : body.correctionReason().trim();
        if (body.supersedes() == null) {
            if (current.isPresent()) {
                throw ProblemException.conflict(period.label() + " already has bulletin " + current.get().number
                        + " (id " + current.get().id + "); a published bulletin never changes: to correct it, "
                        + "publish again with supersedes=" + current.get().id + " and a correctionReason");
            }
            if (reason != null) {
                throw ProblemException.invalid("correctionReason", "only a correction (with supersedes) has one");
            }
        } else {
            Bulletin superseded = bulletins.findByIdOptional(body.supersedes()).orElseThrow(() ->
                    ProblemException.ruleBroken("supersedes", "no bulletin has the id " + body.supersedes()));
            if (superseded.year != body.year() || superseded.quarter != body.quarter()) {
                throw ProblemException.ruleBroken("supersedes", "bulletin " + superseded.number + " is of "
                        + superseded.year + "-Q" + superseded.quarter + ", not of " + period.label());
            }
            Bulletin inForce = current.orElseThrow();
            if (!inForce.id.equals(superseded.id)) {
                throw ProblemException.conflict("bulletin " + superseded.number + " has already been superseded; "
                        + "the bulletin in force for " + period.label() + " is " + inForce.number + " (id "
                        + inForce.id + ")");
            }
            if (reason == null) {
                throw ProblemException.invalid("correctionReason", "say what the correction changes");
            }
        }
        BulletinContent content = compose(period);
        Bulletin bulletin = new Bulletin();
        bulletin.year = body.year();
        bulletin.quarter = body.quarter();
        bulletin.revision = current.map(b -> b.revision + 1).orElse(1);
        bulletin.supersedesId = body.supersedes();
        bulletin.correctionReason = reason;
        bulletin.numberYear = today.getYear();
        bulletin.numberSequence = bulletins.lastSequence(today.getYear()) + 1;
        bulletin.number = config.numberPattern().replace("{year}", Integer.toString(bulletin.numberYear))
                .replace("{sequence}", Integer.toString(bulletin.numberSequence));
        bulletin.publishedOn = today;
        bulletin.publishedAt = now;
        Caller caller = callers.current().caller();
        bulletin.publishedBy = callers.current().actor();
        bulletin.publishedByName = caller == null || caller.displayName() == null || caller.displayName().isBlank()
                ? bulletin.publishedBy : caller.displayName();
        bulletin.content = write(content);
        bulletins.persist(bulletin);
        em.flush();
        return response(bulletin);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BulletinSummary> list(Integer year) {
        return bulletins.newestFirst(year).stream().map(this::summary).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BulletinResponse get(long id) {
        return bulletins.findByIdOptional(id).map(this::response)
                .orElseThrow(() -> ProblemException.notFound("Bulletin", id));
    }

    /**
     * The figures and the absence list come from two statements; a change committed between them would make the
     * named absences disagree with the counted ones, so such a pair is gathered again.
     */
    @Inject
    ReferralService referrals;

    private BulletinContent compose(Period period) {
        // The year's points, as the figures' deductions and the assessment (考核) use them.
        BulletinComposer composer = new BulletinComposer(config.issuer(), config.addressees(),
                metrics.pointsPerUnjustifiedAbsence(period.year()), metricsConfig.decisionChangedResults());
        for (int attempt = 1; ; attempt++) {
            ComplianceReport report = metrics.compliance(period, metrics.sanctionLevel(), null);
            List<Absence> absences = metrics.absences(period, metrics.sanctionLevel(), null);
            if (agree(report, absences)) {
                return composer.compose(period.quarter(), report, absences,
                        referrals.sentBetween(period.start(), period.lastDay()));
            }
            if (attempt == ATTEMPTS) {
                throw ProblemException.conflict("The quarter's records kept changing while the bulletin was being "
                        + "written; nothing was published. Try again.");
            }
        }
    }

    private static boolean agree(ComplianceReport report, List<Absence> absences) {
        Map<String, long[]> listed = new HashMap<>();
        for (Absence absence : absences) {
            listed.computeIfAbsent(absence.agencyCode(), k -> new long[3])[absence.absenceClass().ordinal()]++;
        }
        for (ComplianceFigures f : report.agencies()) {
            long[] counts = listed.getOrDefault(f.agencyCode(), new long[3]);
            if (counts[0] != f.justifiedAbsences() || counts[1] != f.pendingAbsences()
                    || counts[2] != f.unjustifiedAbsences()) {
                return false;
            }
        }
        return true;
    }

    private BulletinSummary summary(Bulletin b) {
        Optional<Bulletin> supersededBy = bulletins.supersededBy(b.id);
        String supersedesNumber = b.supersedesId == null ? null
                : bulletins.findByIdOptional(b.supersedesId).map(s -> s.number).orElse(null);
        return new BulletinSummary(b.id, b.number, b.year, b.quarter, b.year + "-Q" + b.quarter, b.revision,
                read(b.content).title(), b.publishedOn, Shanghai.local(b.publishedAt), b.publishedByName,
                b.supersedesId, supersedesNumber, b.correctionReason, supersededBy.map(s -> s.id).orElse(null),
                supersededBy.map(s -> s.number).orElse(null));
    }

    private BulletinResponse response(Bulletin b) {
        return new BulletinResponse(summary(b), read(b.content));
    }

    private String write(BulletinContent content) {
        try {
            return mapper.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A bulletin's content could not be written as JSON", e);
        }
    }

    /** Snapshots outlive the code that wrote them: a property this version no longer knows is skipped. */
    private BulletinContent read(String json) {
        try {
            return mapper.readerFor(BulletinContent.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored bulletin's content cannot be read", e);
        }
    }
}
