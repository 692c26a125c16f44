package org.yingsu.observations;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.yingsu.common.persistence.VersionedEntity;
import org.yingsu.litigation.hearings.Hearing;

/** 旁听庭审: a typical public hearing the bureau invites heads to observe. */
@Entity
@Table(name = "observation_session")
public class ObservationSession extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hearing_id", nullable = false)
    public Hearing hearing;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "typical_reason", nullable = false)
    public String typicalReason;

    @Column(length = 200)
    public String place;

    public String notes;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ObservationInvitation> invitations = new ArrayList<>();
}
