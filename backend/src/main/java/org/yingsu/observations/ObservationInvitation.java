package org.yingsu.observations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.Official;
import org.yingsu.common.persistence.VersionedEntity;

/** A head invited to observe a session, and whether they came. */
@Entity
@Table(name = "observation_invitation")
public class ObservationInvitation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    public ObservationSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "official_id", nullable = false)
    public Official official;

    /** The official's agency, by which an agency user's view is limited (R9). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Attendance attendance = Attendance.INVITED;
}
