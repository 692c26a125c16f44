package org.yingsu.litigation.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.HearingStatus;

/**
 * The duty to appear (出庭应诉义务), the unit every case figure counts, for one case instance: who must appear
 * (art. 3), the base duty at the first held hearing met by a head at any held hearing of the instance (art. 7), the
 * duty renewed by a later notice after a head appeared, and each unmet duty classed by the delegations on the
 * hearings it covers (R5). Alongside, the per-hearing facts (notices, silent or early-leaving heads, nobody present)
 * that the other figures count. Pure: the same facts always give the same duties.
 */
public final class Duties {

    private Duties() {
    }

    public enum Kind {
        /** Arises at the case's first held hearing. */
        BASE,
        /** Arises at a later held hearing the court gave notice of after the head had appeared. */
        RENEWED
    }

    /** A duty met, or the class of the absence it is (R5). */
    public enum Status {
        MET, JUSTIFIED, PENDING, UNJUSTIFIED
    }

    public record Defendant(long agencyId, AgencyKind kind) {
    }

    /**
     * @param designated the defendants whose heads appear by agreement or the court's decision (art. 3); empty when
     *     the case records no designation, and then every defendant must appear
     * @param bureauAgencyId the bureau (legal-affairs body of the government), or null
     * @param handlingAgencyId the department that handled the contested act, or null
     */
    public record CaseFacts(long caseId, List<Defendant> defendants, Set<Long> designated, Long bureauAgencyId,
            Long handlingAgencyId, List<HearingFacts> hearings) {
    }

    public record HearingFacts(long hearingId, OffsetDateTime scheduledAt, HearingStatus status,
            List<NoticeFact> notices, List<AppearanceFact> appearances, List<DelegationFact> delegations) {

        /** The hearing's Asia/Shanghai date, against which posts, lead times and filings are judged (R8). */
        public LocalDate date() {
            return Shanghai.dateOf(scheduledAt);
        }

        boolean held() {
            return status == HearingStatus.HELD;
        }
    }

    public record NoticeFact(long agencyId, LocalDate servedOn) {
    }

    /** @param agencyId the defendant the official appeared for */
    public record AppearanceFact(long agencyId, Post official, boolean byCourt, boolean spoke, boolean leftEarly,
            boolean proofRejected) {
    }

    public record DelegationFact(long agencyId, DelegationStatus status, LocalDate filedOn,
            CourtFinding courtFinding) {
    }

    /**
     * @param hearingId the held hearing at which the duty arises; its date places the duty in exactly one period
     * @param coveredHearingIds the held hearings whose delegations class the duty when unmet
     */
    public record Duty(long caseId, long agencyId, Kind kind, long hearingId, LocalDate date, Status status,
            List<Long> coveredHearingIds) {

        public boolean met() {
            return status == Status.MET;
        }
    }

    /**
     * What happened for one agency at one held hearing. {@code defends} is true for every defendant, designated or
     * not: the per-hearing figures count them all.
     */
    public record HearingFigures(long caseId, long hearingId, long agencyId, LocalDate date, boolean defends,
            int notices, int lateNotices, boolean headAppeared, int silentAppearances, int leftEarlyAppearances,
            boolean someonePresent) {

        /** {@code NO_ONE_APPEARED} (art. 12(1)(3)): a defendant for whom nobody but a lawyer, if anyone, appeared. */
        public boolean noOneAppeared() {
            return defends && !someonePresent;
        }
    }

    public record Result(List<Duty> duties, List<HearingFigures> hearings) {
    }

    public static Result of(CaseFacts facts) {
        List<HearingFacts> held = facts.hearings().stream().filter(HearingFacts::held)
                .sorted(Comparator.comparing(HearingFacts::scheduledAt).thenComparingLong(HearingFacts::hearingId))
                .toList();
        List<HearingFigures> figures = new ArrayList<>();
        for (HearingFacts hearing : held) {
            for (long agencyId : agenciesAt(facts, hearing)) {
                figures.add(figuresAt(facts, hearing, agencyId));
            }
        }
        List<Duty> duties = new ArrayList<>();
        if (!held.isEmpty()) {
            for (Defendant defendant : facts.defendants()) {
                if (facts.designated().isEmpty() || facts.designated().contains(defendant.agencyId())) {
                    dutiesOf(facts, defendant, held, figures, duties);
                }
            }
        }
        return new Result(List.copyOf(duties), List.copyOf(figures));
    }

    private static void dutiesOf(CaseFacts facts, Defendant defendant, List<HearingFacts> held,
            List<HearingFigures> figures, List<Duty> duties) {
        long agencyId = defendant.agencyId();
        Set<Long> headAt = new HashSet<>();
        for (HearingFigures f : figures) {
            if (f.agencyId() == agencyId && f.headAppeared()) {
                headAt.add(f.hearingId());
            }
        }
        HearingFacts first = held.get(0);
        duties.add(duty(facts, agencyId, Kind.BASE, first, !headAt.isEmpty(), held));
        boolean headAppearedBefore = false;
        for (HearingFacts hearing : held) {
            boolean notified = hearing.notices().stream().anyMatch(n -> n.agencyId() == agencyId);
            if (headAppearedBefore && notified) {
                duties.add(duty(facts, agencyId, Kind.RENEWED, hearing, headAt.contains(hearing.hearingId()),
                        List.of(hearing)));
            }
            headAppearedBefore |= headAt.contains(hearing.hearingId());
        }
    }

    private static Duty duty(CaseFacts facts, long agencyId, Kind kind, HearingFacts at, boolean met,
            List<HearingFacts> covered) {
        Status status = met ? Status.MET : absence(agencyId, covered);
        return new Duty(facts.caseId(), agencyId, kind, at.hearingId(), at.date(), status,
                covered.stream().map(HearingFacts::hearingId).toList());
    }

    /**
     * R5: justified when every covered hearing has a delegation that counts as approved; pending when each has an
     * approved or an in-time submitted one and at least one still awaits review; otherwise unjustified.
     */
    static Status absence(long agencyId, List<HearingFacts> covered) {
        boolean awaiting = false;
        for (HearingFacts hearing : covered) {
            boolean approved = false;
            boolean submitted = false;
            for (DelegationFact d : hearing.delegations()) {
                if (d.agencyId() == agencyId) {
                    approved |= DelegationRules.countsAsApproved(d.status(), d.filedOn(), hearing.date(),
                            d.courtFinding());
                    submitted |= DelegationRules.awaitsReview(d.status(), d.filedOn(), hearing.date(),
                            d.courtFinding());
                }
            }
            if (!approved && !submitted) {
                return Status.UNJUSTIFIED;
            }
            awaiting |= !approved;
        }
        return awaiting ? Status.PENDING : Status.JUSTIFIED;
    }

    private static Set<Long> agenciesAt(CaseFacts facts, HearingFacts hearing) {
        Set<Long> agencies = new LinkedHashSet<>();
        facts.defendants().forEach(d -> agencies.add(d.agencyId()));
        hearing.notices().forEach(n -> agencies.add(n.agencyId()));
        return agencies;
    }

    private static HearingFigures figuresAt(CaseFacts facts, HearingFacts hearing, long agencyId) {
        Defendant defendant = facts.defendants().stream().filter(d -> d.agencyId() == agencyId).findFirst()
                .orElse(null);
        LocalDate date = hearing.date();
        int notices = 0;
        int late = 0;
        for (NoticeFact notice : hearing.notices()) {
            if (notice.agencyId() == agencyId) {
                notices++;
                late += NoticeLeadTime.isLate(notice.servedOn(), date) ? 1 : 0;
            }
        }
        List<AppearanceFact> counted = SourcePrecedence.counted(hearing.appearances(), agencyId);
        boolean head = false;
        boolean present = false;
        Set<Long> silent = new HashSet<>();
        Set<Long> leftEarly = new HashSet<>();
        if (defendant != null) {
            for (AppearanceFact a : counted) {
                Standing standing = Standing.of(a.official(), agencyId, defendant.kind(), facts.bureauAgencyId(),
                        facts.handlingAgencyId());
                present |= AppearanceRules.countsAsPresent(a.official(), standing, a.proofRejected(), date);
                boolean countsAsHead = AppearanceRules.countsAsHead(a.official(), standing, a.proofRejected(), date);
                head |= countsAsHead;
                if (AppearanceRules.silent(countsAsHead, a.spoke())) {
                    silent.add(a.official().officialId());
                }
                if (AppearanceRules.leftEarly(countsAsHead, a.leftEarly())) {
                    leftEarly.add(a.official().officialId());
                }
            }
        }
        return new HearingFigures(facts.caseId(), hearing.hearingId(), agencyId, date, defendant != null, notices,
                late, head, silent.size(), leftEarly.size(), present);
    }
}
