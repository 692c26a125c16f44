package org.yingsu.coordination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.yingsu.common.persistence.VersionedEntity;

/** A meeting held to work a dispute (协调会): when, where, who took part, what came of it. */
@Entity
@Table(name = "dispute_meeting")
public class DisputeMeeting extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false)
    public Dispute dispute;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(length = 200)
    public String place;

    @Column(nullable = false)
    public String participants;

    public String notes;
}
