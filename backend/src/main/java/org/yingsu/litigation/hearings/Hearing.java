package org.yingsu.litigation.hearings;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.yingsu.common.persistence.VersionedEntity;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.cases.LitigationCase;
import org.yingsu.litigation.vocabulary.HearingStatus;

/** 开庭: a session of a case, identified within its case by its scheduled time. */
@Entity
@Table(name = "hearing")
public class Hearing extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    public LitigationCase litigationCase;

    @Column(name = "scheduled_at", nullable = false)
    public OffsetDateTime scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public HearingStatus status;

    /** The hearing's calendar date in Asia/Shanghai, against which lead times and roles are judged (R8). */
    public LocalDate date() {
        return Shanghai.dateOf(scheduledAt);
    }
}
