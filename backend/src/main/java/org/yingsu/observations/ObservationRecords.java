package org.yingsu.observations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.yingsu.common.time.Shanghai;

/** Which observations an official attended: what a head's personal record (述法) lists. */
@ApplicationScoped
public class ObservationRecords {

    /** A session the official came to, with the hearing observed. */
    public record Attended(long sessionId, String title, String place, long caseId, String court, String caseNumber,
            OffsetDateTime scheduledAt) {
    }

    @Inject
    EntityManager em;

    /** Sessions on hearings scheduled in {@code [from, to)} at which the official's attendance is recorded. */
    public List<Attended> attendedBy(long officialId, OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery("select i from ObservationInvitation i join fetch i.session s join fetch s.hearing h"
                + " join fetch h.litigationCase c where i.official.id = :official and i.attendance = :attended"
                + " and h.scheduledAt >= :from and h.scheduledAt < :to order by h.scheduledAt, s.id",
                ObservationInvitation.class)
                .setParameter("official", officialId).setParameter("attended", Attendance.ATTENDED)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(ObservationRecords::attended).toList();
    }

    private static Attended attended(ObservationInvitation i) {
        var hearing = i.session.hearing;
        return new Attended(i.session.id, i.session.title, i.session.place, hearing.litigationCase.id,
                hearing.litigationCase.court, hearing.litigationCase.caseNumber, Shanghai.local(hearing.scheduledAt));
    }
}
