package org.yingsu.training;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.agencies.Official;
import org.yingsu.agencies.OfficialRepository;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.cases.CaseRules;
import org.yingsu.training.TrainingDtos.AttendanceEntry;
import org.yingsu.training.TrainingDtos.CoverageResponse;
import org.yingsu.training.TrainingDtos.CoverageRow;
import org.yingsu.training.TrainingDtos.ReminderResponse;
import org.yingsu.training.TrainingDtos.TrainingAttendanceBody;
import org.yingsu.training.TrainingDtos.TrainingCreate;
import org.yingsu.training.TrainingDtos.TrainingInvite;
import org.yingsu.training.TrainingDtos.TrainingResponse;

/**
 * 出庭应诉培训. The bureau schedules sessions, invites officials (by agency: its heads in post on the session's date;
 * or by name, heads or staff) and records who came; an agency sees the sessions its officials are invited to, and
 * only its own invitees in them (R9). Every change to a session's invitations advances the session's version, so
 * that its ETag guards the whole list.
 */
@ApplicationScoped
@Transactional
class TrainingService {

    @Inject
    TrainingRepository sessions;

    @Inject
    OfficialRepository officials;

    @Inject
    EntityManager em;

    @Inject
    AgencyAccess access;

    @Inject
    TrainingConfig config;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<TrainingResponse> list(Integer year, String agencyCode, Listing listing, Paging paging) {
        StringBuilder query = new StringBuilder("from TrainingSession s where 1 = 1");
        Parameters parameters = new Parameters();
        if (year != null) {
            query.append(" and s.startsAt >= :from and s.startsAt < :to");
            parameters.and("from", yearStart(year)).and("to", yearStart(year + 1));
        }
        if (agencyCode != null || access.scope().limitedToAgencies()) {
            query.append(" and exists (select 1 from TrainingInvitation i join i.agency a where i.session = s");
            if (agencyCode != null) {
                query.append(" and a.code = :agencyCode");
                parameters.and("agencyCode", agencyCode);
            }
            access.restrict(query, parameters, "a");
            query.append(")");
        }
        listing.restrict(query, parameters, "s");
        var page = sessions.find(query.toString(),
                listing.order("s", Sort.descending("startsAt").and("id")), parameters)
                .page(Page.of(paging.page, paging.size));
        return new PageResult<>(page.list().stream().map(this::response).toList(), paging.page, paging.size,
                page.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TrainingResponse> find(long id) {
        return visible(id).map(this::response);
    }

    public TrainingResponse create(TrainingCreate body) {
        TrainingSession session = new TrainingSession();
        apply(session, body);
        sessions.persist(session);
        sessions.flush();
        return response(session);
    }

    /** The date may move while no attendance is recorded; once it is, the session happened when it happened. */
    public TrainingResponse update(long id, TrainingCreate body, String ifMatch) {
        TrainingSession session = require(id);
        ETags.checkIfMatch(ifMatch, session.version);
        if (recorded(session) && !session.startsAt.toInstant().equals(body.startsAt().toInstant())) {
            throw ProblemException.ruleBroken("startsAt", "attendance at this session is recorded; its time stays "
                    + Shanghai.local(session.startsAt));
        }
        if (!Shanghai.dateOf(session.startsAt).equals(Shanghai.dateOf(body.startsAt()))) {
            session.invitations.forEach(i -> i.remindedAt = null); // a new date is worth a new reminder
        }
        apply(session, body);
        sessions.flush();
        return response(session);
    }

    /** A session scheduled in error goes, unless attendance was recorded: then it is history. */
    public void delete(long id) {
        TrainingSession session = require(id);
        if (recorded(session)) {
            throw ProblemException.conflict("Attendance at training session " + id + " is recorded; the session is "
                    + "kept");
        }
        sessions.delete(session);
        sessions.flush();
    }

    /**
     * Heads by default: naming an agency invites its heads in post on the session's date. Named officials may also
     * be staff (those who handle the agency's cases); a lawyer is not the agency's to train, and nobody out of post
     * on that date is invited.
     */
    public TrainingResponse invite(long id, TrainingInvite body, String ifMatch) {
        TrainingSession session = require(id);
        ETags.checkIfMatch(ifMatch, session.version);
        List<String> agencyCodes = body.agencyCodes() == null ? List.of() : body.agencyCodes();
        List<String> officialCodes = body.officialCodes() == null ? List.of() : body.officialCodes();
        if (agencyCodes.isEmpty() && officialCodes.isEmpty()) {
            throw ProblemException.invalid("officialCodes", "name at least one agency or official to invite");
        }
        LocalDate date = Shanghai.dateOf(session.startsAt);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Official> invitees = new LinkedHashSet<>();
        for (int i = 0; i < agencyCodes.size(); i++) {
            String code = agencyCodes.get(i).strip();
            List<Official> heads = officials.list("agency.code = ?1 order by role, code", code).stream()
                    .filter(o -> CaseRules.post(o).headOn(date)).toList();
            if (heads.isEmpty()) {
                errors.add(new Problem.FieldError("agencyCodes[" + i + "]", officials.count("agency.code", code) == 0
                        ? "no agency with officials has the code " + code
                        : code + " has no head in post on " + date));
            }
            invitees.addAll(heads);
        }
        for (int i = 0; i < officialCodes.size(); i++) {
            String code = officialCodes.get(i).strip();
            String field = "officialCodes[" + i + "]";
            Optional<Official> official = officials.findByCode(code);
            if (official.isEmpty()) {
                errors.add(new Problem.FieldError(field, "no official has the code " + code));
            } else if (official.get().role == OfficialRole.LAWYER) {
                errors.add(new Problem.FieldError(field, official.get().name + " is a lawyer; the training is for "
                        + "the agencies' heads and staff"));
            } else if (!CaseRules.post(official.get()).inPostOn(date)) {
                errors.add(new Problem.FieldError(field, official.get().name + " is not in post at "
                        + official.get().agency.name + " on " + date));
            } else {
                invitees.add(official.get());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleBroken(errors);
        }
        for (Official official : invitees) {
            if (session.invitations.stream().noneMatch(i -> i.official.id.equals(official.id))) {
                TrainingInvitation invitation = new TrainingInvitation();
                invitation.session = session;
                invitation.official = official;
                invitation.agency = official.agency;
                session.invitations.add(invitation);
            }
        }
        return changed(session);
    }

    public TrainingResponse withdraw(long id, String officialCode, String ifMatch) {
        TrainingSession session = require(id);
        ETags.checkIfMatch(ifMatch, session.version);
        TrainingInvitation invitation = session.invitations.stream()
                .filter(i -> i.official.code.equals(officialCode)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Invitation of", officialCode));
        if (invitation.attendance != TrainingAttendance.INVITED) {
            throw ProblemException.conflict(invitation.official.name + "'s attendance is recorded ("
                    + invitation.attendance + "); the invitation is kept");
        }
        session.invitations.remove(invitation);
        return changed(session);
    }

    /** Recorded from the session's date on: before it nobody has attended or missed anything. */
    public TrainingResponse recordAttendance(long id, TrainingAttendanceBody body, String ifMatch) {
        TrainingSession session = require(id);
        ETags.checkIfMatch(ifMatch, session.version);
        LocalDate date = Shanghai.dateOf(session.startsAt);
        if (Shanghai.today(clock).isBefore(date)) {
            throw ProblemException.ruleBroken("attendance", "the session is on " + date
                    + "; attendance is recorded on or after that day");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < body.attendance().size(); i++) {
            AttendanceEntry entry = body.attendance().get(i);
            Optional<TrainingInvitation> invitation = session.invitations.stream()
                    .filter(inv -> inv.official.code.equals(entry.officialCode().strip())).findFirst();
            if (invitation.isEmpty()) {
                errors.add(new Problem.FieldError("attendance[" + i + "].officialCode", entry.officialCode()
                        + " was not invited to this session"));
            } else {
                invitation.get().attendance = entry.attended() ? TrainingAttendance.ATTENDED
                        : TrainingAttendance.ABSENT;
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleBroken(errors);
        }
        return changed(session);
    }

    /**
     * Per agency the share of its heads trained in the year: the heads are the officials in a head role on some day
     * of the year (a change of post is another official), trained when they attended a session of the year.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CoverageResponse coverage(int year, String agencyCode) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        StringBuilder query = new StringBuilder("select o from Official o join fetch o.agency a"
                + " where o.role in :heads and o.validFrom <= :last and (o.validTo is null or o.validTo >= :first)");
        Parameters parameters = Parameters.with("heads", List.of(OfficialRole.PRINCIPAL, OfficialRole.DEPUTY,
                OfficialRole.OTHER_LEADER)).and("first", first).and("last", last);
        if (agencyCode != null) {
            query.append(" and a.code = :agencyCode");
            parameters.and("agencyCode", agencyCode);
        }
        access.restrict(query, parameters, "a");
        query.append(" order by a.code, o.role, o.code");
        var typed = em.createQuery(query.toString(), Official.class);
        parameters.map().forEach(typed::setParameter);
        List<Official> heads = typed.getResultList();

        Map<Long, TrainingAttendance> best = new HashMap<>();
        em.createQuery("select i.official.id, i.attendance from TrainingInvitation i where i.session.startsAt >= :from"
                        + " and i.session.startsAt < :to", Object[].class)
                .setParameter("from", yearStart(year)).setParameter("to", yearStart(year + 1)).getResultList()
                .forEach(row -> best.merge((Long) row[0], (TrainingAttendance) row[1],
                        (a, b) -> a == TrainingAttendance.ATTENDED ? a : b));
        long sessionsOfYear = sessions.count("startsAt >= ?1 and startsAt < ?2", yearStart(year),
                yearStart(year + 1));

        Map<Agency, List<Official>> byAgency = new LinkedHashMap<>();
        heads.forEach(o -> byAgency.computeIfAbsent(o.agency, a -> new ArrayList<>()).add(o));
        List<CoverageRow> rows = new ArrayList<>();
        int allHeads = 0;
        int allTrained = 0;
        for (var entry : byAgency.entrySet()) {
            List<Official> agencyHeads = entry.getValue();
            int invited = (int) agencyHeads.stream().filter(o -> best.containsKey(o.id)).count();
            List<Official> trained = agencyHeads.stream()
                    .filter(o -> best.get(o.id) == TrainingAttendance.ATTENDED).toList();
            List<String> untrained = agencyHeads.stream().filter(o -> !trained.contains(o)).map(o -> o.name)
                    .toList();
            rows.add(new CoverageRow(entry.getKey().code, entry.getKey().name, entry.getKey().kind,
                    agencyHeads.size(), invited, trained.size(), share(trained.size(), agencyHeads.size()),
                    untrained));
            allHeads += agencyHeads.size();
            allTrained += trained.size();
        }
        return new CoverageResponse(year, (int) sessionsOfYear, allHeads, allTrained, share(allTrained, allHeads),
                rows);
    }

    /**
     * Like the pre-hearing warnings: each coming session within the configured days, per agency, with the invitees
     * whose attendance is still open.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReminderResponse> reminders() {
        return due(false, true);
    }

    /** The reminders not sent yet, for the job: each agency is reminded of a session once. */
    List<ReminderResponse> unsent() {
        return due(true, false);
    }

    void markReminded(long sessionId, String agencyCode, OffsetDateTime at) {
        em.createQuery("update TrainingInvitation i set i.remindedAt = :at, i.updatedAt = :at,"
                        + " i.version = i.version + 1 where i.session.id = :session and i.agency.code = :agency"
                        + " and i.remindedAt is null and i.attendance = :open")
                .setParameter("at", at).setParameter("session", sessionId).setParameter("agency", agencyCode)
                .setParameter("open", TrainingAttendance.INVITED).executeUpdate();
    }

    private List<ReminderResponse> due(boolean unsentOnly, boolean scoped) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime until = yearStart(Shanghai.today(clock).plusDays(config.reminderDays() + 1L));
        List<TrainingInvitation> open = em.createQuery("select i from TrainingInvitation i join fetch i.session s"
                        + " join fetch i.agency join fetch i.official where i.attendance = :open"
                        + " and s.startsAt >= :now and s.startsAt < :until"
                        + (unsentOnly ? " and i.remindedAt is null" : "")
                        + " order by s.startsAt, s.id, i.agency.code, i.official.code", TrainingInvitation.class)
                .setParameter("open", TrainingAttendance.INVITED).setParameter("now", now)
                .setParameter("until", until).getResultList();
        Map<String, List<TrainingInvitation>> groups = new LinkedHashMap<>();
        open.stream().filter(i -> !scoped || access.scope().seesAgencyId(i.agency.id)).forEach(i -> groups.computeIfAbsent(i.session.id + "/" + i.agency.code, k -> new ArrayList<>()).add(i));
        return groups.values().stream().map(list -> {
            TrainingInvitation first = list.get(0);
            OffsetDateTime reminded = list.stream().map(i -> i.remindedAt).filter(Objects::nonNull)
                    .min(OffsetDateTime::compareTo).orElse(null);
            return new ReminderResponse(first.session.id, first.session.topic, first.session.speaker,
                    Shanghai.local(first.session.startsAt), first.session.place, first.agency.code, first.agency.name,
                    list.stream().map(i -> i.official.name).toList(),
                    reminded == null ? null : Shanghai.local(reminded));
        }).toList();
    }

    private static OffsetDateTime yearStart(int year) {
        return yearStart(LocalDate.of(year, 1, 1));
    }

    private static OffsetDateTime yearStart(LocalDate day) {
        return day.atStartOfDay(Shanghai.ZONE).toOffsetDateTime();
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static boolean recorded(TrainingSession session) {
        return session.invitations.stream().anyMatch(i -> i.attendance != TrainingAttendance.INVITED);
    }

    private static void apply(TrainingSession session, TrainingCreate body) {
        session.topic = body.topic().strip();
        session.speaker = body.speaker().strip();
        session.speakerCourt = body.speakerCourt().strip();
        session.startsAt = body.startsAt();
        session.place = body.place().strip();
        session.notes = body.notes() == null || body.notes().isBlank() ? null : body.notes().strip();
    }

    /** The session's own row does not change with its invitations; its version is advanced so its ETag does. */
    private TrainingResponse changed(TrainingSession session) {
        sessions.flush();
        em.lock(session, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return response(session);
    }

    private TrainingResponse response(TrainingSession session) {
        return TrainingResponse.of(session, i -> access.scope().seesAgencyId(i.agency.id));
    }

    private Optional<TrainingSession> visible(long id) {
        return sessions.findByIdOptional(id).filter(s -> !access.scope().limitedToAgencies()
                || s.invitations.stream().anyMatch(i -> access.scope().seesAgencyId(i.agency.id)));
    }

    private TrainingSession require(long id) {
        return visible(id).orElseThrow(() -> ProblemException.notFound("Training session", id));
    }
}
