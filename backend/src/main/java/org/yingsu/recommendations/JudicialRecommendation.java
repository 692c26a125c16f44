package org.yingsu.recommendations;

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
import org.yingsu.agencies.Agency;
import org.yingsu.common.persistence.VersionedEntity;
import org.yingsu.litigation.cases.LitigationCase;

/** 司法建议 the court sends an agency after an absence (SPC art. 12), tracked to done. */
@Entity
@Table(name = "judicial_recommendation")
public class JudicialRecommendation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String court;

    @Column(nullable = false, length = 100)
    public String number;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    public LitigationCase litigationCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(nullable = false)
    public String content;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RecommendationStatus status = RecommendationStatus.RECEIVED;

    public String response;

    @Column(name = "responded_on")
    public LocalDate respondedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "bureau_comment")
    public String bureauComment;

    /** Not yet answered after its due date. */
    public boolean isOverdue(LocalDate today) {
        return status == RecommendationStatus.RECEIVED && dueOn != null && today.isAfter(dueOn);
    }
}
