package org.yingsu.observations;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.agencies.Official;
import org.yingsu.agencies.OfficialRepository;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.cases.CaseRules;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.litigation.hearings.HearingRepository;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.observations.ObservationDtos.AttendanceEntry;
import org.yingsu.observations.ObservationDtos.ObservationAttendance;
import org.yingsu.observations.ObservationDtos.ObservationCreate;
import org.yingsu.observations.ObservationDtos.ObservationInvite;
import org.yingsu.observations.ObservationDtos.ObservationResponse;
import org.yingsu.observations.ObservationDtos.ObservationUpdate;

/**
 * 旁听庭审. The bureau marks a hearing, invites heads of any agency and records who came; an agency sees the sessions
 * its own officials are invited to, and only its own invitees in them (R9). Every change to a session's invitations
 * advances the session's version, so that its ETag guards the whole list.
 */
@ApplicationScoped
@Transactional
class ObservationService {

    @Inject
    ObservationRepository sessions;

    @Inject
    HearingRepository hearings;

    @Inject
    OfficialRepository officials;

    @Inject
    EntityManager em;

    @Inject
    AgencyAccess access;

    @Inject
    Clock clock;

    public PageResult<ObservationResponse> list(Integer year, String agencyCode, Listing listing, Paging paging) {
        StringBuilder query = new StringBuilder("from ObservationSession s join fetch s.hearing h"
                + " join fetch h.litigationCase where 1 = 1");
        Parameters parameters = new Parameters();
        if (year != null) {
            query.append(" and h.scheduledAt >= :from and h.scheduledAt < :to");
            parameters.and("from", LocalDate.of(year, 1, 1).atStartOfDay(Shanghai.ZONE).toOffsetDateTime())
                    .and("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(Shanghai.ZONE).toOffsetDateTime());
        }
        if (agencyCode != null || access.scope().limitedToAgencies()) {
            query.append(" and exists (select 1 from ObservationInvitation i join i.agency a where i.session = s");
            if (agencyCode != null) {
                query.append(" and a.code = :agencyCode");
                parameters.and("agencyCode", agencyCode);
            }
            access.restrict(query, parameters, "a");
            query.append(")");
        }
        listing.restrict(query, parameters, "s");
        var page = sessions.find(query.toString(),
                listing.order("s", Sort.descending("h.scheduledAt").and("s.id")), parameters)
                .page(Page.of(paging.page, paging.size));
        return new PageResult<>(page.list().stream().map(this::response).toList(), paging.page, paging.size,
                page.count());
    }

    public Optional<ObservationResponse> find(long id) {
        return visible(id).map(this::response);
    }

    public ObservationResponse create(ObservationCreate body) {
        Hearing hearing = hearings.findByIdOptional(body.hearingId())
                .orElseThrow(() -> ProblemException.ruleBroken("hearingId", "no hearing has the id "
                        + body.hearingId()));
        requireTakingPlace(hearing, "hearingId");
        sessions.findByHearing(hearing.id).ifPresent(existing -> {
            throw ProblemException.conflict("The hearing of case " + hearing.litigationCase.caseNumber + " at "
                    + Shanghai.local(hearing.scheduledAt) + " is already observation session " + existing.id + " ("
                    + existing.title + ")");
        });
        ObservationSession session = new ObservationSession();
        session.hearing = hearing;
        apply(session, body.title(), body.typicalReason(), body.place(), body.notes());
        sessions.persist(session);
        sessions.flush();
        return response(session);
    }

    public ObservationResponse update(long id, ObservationUpdate body, String ifMatch) {
        ObservationSession session = require(id);
        ETags.checkIfMatch(ifMatch, session.version);
        apply(session, body.title(), body.typicalReason(), body.place(), body.notes());
        sessions.flush();
        return response(session);
    }

    /** A session marked in error goes, unless attendance was recorded: then it is history. */
    public void delete(long id) {
        ObservationSession session = require(id);
        if (session.invitations.stream().anyMatch(i -> i.attendance != Attendance.INVITED)) {
            throw ProblemException.conflict("Attendance at observation session " + id
                    + " is recorded; the session is kept");
        }
        sessions.delete(session);
        sessions.flush();
    }

    /** Only heads (R1's roles) valid on the hearing's date are invited, from any agency. */
    public ObservationResponse invite(long id, ObservationInvite body, String ifMatch) {
        ObservationSession session = require(id);
        ETags.checkIfMatch(ifMatch, session.version);
        requireTakingPlace(session.hearing, "hearingId");
        LocalDate date = session.hearing.date();
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Official> invitees = new ArrayList<>();
        for (int i = 0; i < body.officialCodes().size(); i++) {
            String code = body.officialCodes().get(i).strip();
            String field = "officialCodes[" + i + "]";
            Optional<Official> official = officials.findByCode(code);
            if (official.isEmpty()) {
                errors.add(new Problem.FieldError(field, "no official has the code " + code));
            } else if (!CaseRules.post(official.get()).headOn(date)) {
                errors.add(new Problem.FieldError(field, official.get().name + " (" + official.get().role
                        + ") is not a head of " + official.get().agency.name + " on " + date
                        + "; only heads are invited to observe a hearing"));
            } else {
                invitees.add(official.get());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleBroken(errors);
        }
        for (Official official : invitees) {
            if (session.invitations.stream().noneMatch(i -> i.official.id.equals(official.id))) {
                ObservationInvitation invitation = new ObservationInvitation();
                invitation.session = session;
                invitation.official = official;
                invitation.agency = official.agency;
                session.invitations.add(invitation);
            }
        }
        return changed(session);
    }

    public ObservationResponse withdraw(long id, String officialCode, String ifMatch) {
        ObservationSession session = require(id);
        ETags.checkIfMatch(ifMatch, session.version);
        ObservationInvitation invitation = session.invitations.stream()
                .filter(i -> i.official.code.equals(officialCode)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Invitation of", officialCode));
        if (invitation.attendance != Attendance.INVITED) {
            throw ProblemException.conflict(invitation.official.name + "'s attendance is recorded ("
                    + invitation.attendance + "); the invitation is kept");
        }
        session.invitations.remove(invitation);
        return changed(session);
    }

    /** Recorded from the hearing's date on: before it nobody has attended or missed anything. */
    public ObservationResponse recordAttendance(long id, ObservationAttendance body, String ifMatch) {
        ObservationSession session = require(id);
        ETags.checkIfMatch(ifMatch, session.version);
        requireTakingPlace(session.hearing, "attendance");
        LocalDate date = session.hearing.date();
        if (Shanghai.today(clock).isBefore(date)) {
            throw ProblemException.ruleBroken("attendance", "the hearing is on " + date
                    + "; attendance is recorded on or after that day");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < body.attendance().size(); i++) {
            AttendanceEntry entry = body.attendance().get(i);
            Optional<ObservationInvitation> invitation = session.invitations.stream()
                    .filter(inv -> inv.official.code.equals(entry.officialCode().strip())).findFirst();
            if (invitation.isEmpty()) {
                errors.add(new Problem.FieldError("attendance[" + i + "].officialCode", entry.officialCode()
                        + " was not invited to this session"));
            } else {
                invitation.get().attendance = entry.attended() ? Attendance.ATTENDED : Attendance.ABSENT;
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleBroken(errors);
        }
        return changed(session);
    }

    private static void requireTakingPlace(Hearing hearing, String field) {
        if (hearing.status != HearingStatus.SCHEDULED && hearing.status != HearingStatus.HELD) {
            throw ProblemException.ruleBroken(field, "the hearing of case " + hearing.litigationCase.caseNumber
                    + " is " + hearing.status + "; only a scheduled or held hearing can be observed");
        }
    }

    private static void apply(ObservationSession session, String title, String typicalReason, String place,
            String notes) {
        session.title = title.strip();
        session.typicalReason = typicalReason.strip();
        session.place = place == null || place.isBlank() ? null : place.strip();
        session.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /** The session's own row does not change with its invitations; its version is advanced so its ETag does. */
    private ObservationResponse changed(ObservationSession session) {
        sessions.flush();
        em.lock(session, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return response(session);
    }

    private ObservationResponse response(ObservationSession session) {
        return ObservationResponse.of(session, i -> access.scope().seesAgencyId(i.agency.id));
    }

    private Optional<ObservationSession> visible(long id) {
        return sessions.findByIdOptional(id).filter(s -> !access.scope().limitedToAgencies()
                || s.invitations.stream().anyMatch(i -> access.scope().seesAgencyId(i.agency.id)));
    }

    private ObservationSession require(long id) {
        return visible(id).orElseThrow(() -> ProblemException.notFound("Observation session", id));
    }
}
