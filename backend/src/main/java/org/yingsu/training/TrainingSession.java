package org.yingsu.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.yingsu.common.persistence.VersionedEntity;

/** 出庭应诉培训: a session on administrative litigation given by an experienced judge. */
@Entity
@Table(name = "training_session")
public class TrainingSession extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String topic;

    @Column(nullable = false, length = 100)
    public String speaker;

    @Column(name = "speaker_court", nullable = false, length = 200)
    public String speakerCourt;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(nullable = false, length = 200)
    public String place;

    public String notes;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<TrainingInvitation> invitations = new ArrayList<>();
}
