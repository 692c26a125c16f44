package org.yingsu.litigation.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.yingsu.common.persistence.VersionedEntity;
import org.yingsu.litigation.cases.LitigationCase;
import org.yingsu.litigation.vocabulary.OutcomeResult;

/** 裁判结果: at most one per case, keyed by the case. */
@Entity
@Table(name = "outcome")
public class Outcome extends VersionedEntity {

    @Id
    @Column(name = "case_id")
    public Long caseId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public LitigationCase litigationCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public OutcomeResult result;

    @Column(name = "concluded_on", nullable = false)
    public LocalDate concludedOn;

    @Column(nullable = false)
    public boolean coordinated;
}
