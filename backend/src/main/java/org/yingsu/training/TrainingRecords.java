package org.yingsu.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.yingsu.common.time.Shanghai;

/** Which training sessions an official attended: what a head's personal record (述法) lists. */
@ApplicationScoped
public class TrainingRecords {

    /** A session the official came to. */
    public record Attended(long sessionId, String topic, String speaker, String speakerCourt, OffsetDateTime startsAt,
            String place) {
    }

    @Inject
    EntityManager em;

    /** Sessions starting in {@code [from, to)} at which the official's attendance is recorded. */
    public List<Attended> attendedBy(long officialId, OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery("select i from TrainingInvitation i join fetch i.session s where i.official.id = :official"
                        + " and i.attendance = :attended and s.startsAt >= :from and s.startsAt < :to"
                        + " order by s.startsAt, s.id", TrainingInvitation.class)
                .setParameter("official", officialId).setParameter("attended", TrainingAttendance.ATTENDED)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(i -> new Attended(i.session.id, i.session.topic, i.session.speaker, i.session.speakerCourt,
                        Shanghai.local(i.session.startsAt), i.session.place))
                .toList();
    }
}
