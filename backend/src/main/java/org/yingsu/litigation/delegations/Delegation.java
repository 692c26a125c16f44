package org.yingsu.litigation.delegations;

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
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.Official;
import org.yingsu.common.persistence.VersionedEntity;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.litigation.rules.DelegationRules;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.ReasonCategory;

/** 委托出庭: why the head cannot appear at a hearing, and which staff member goes instead (R4). */
@Entity
@Table(name = "delegation")
public class Delegation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hearing_id", nullable = false)
    public Hearing hearing;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_category", nullable = false, length = 32)
    public ReasonCategory reasonCategory;

    @Column(nullable = false)
    public String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegate_official_id", nullable = false)
    public Official delegate;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DelegationStatus status = DelegationStatus.SUBMITTED;

    @Column(name = "review_comment")
    public String reviewComment;

    /** The court's finding on the explanation (art. 9), as the court pushed it; NOT_ACCEPTED means not approved. */
    @Enumerated(EnumType.STRING)
    @Column(name = "court_finding", length = 16)
    public CourtFinding courtFinding;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    /** R5: filed after the hearing's date; recorded, but it cannot justify the absence. */
    public boolean isLate() {
        return !DelegationRules.inTime(filedOn, hearing.date());
    }
}
