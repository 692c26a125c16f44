package org.yingsu.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Immutable;
import org.yingsu.agencies.Agency;

/** 月报: an agency's figures for a month as it declared them; never changed, only superseded by a new revision. */
@Entity
@Immutable
@Table(name = "monthly_report")
public class MonthlyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int month;

    @Column(nullable = false)
    public int revision;

    @Column(name = "notices_received", nullable = false)
    public int noticesReceived;

    @Column(name = "notices_attended_by_head", nullable = false)
    public int noticesAttendedByHead;

    @Column(name = "cases_heard", nullable = false)
    public int casesHeard;

    @Column(name = "cases_heard_with_head", nullable = false)
    public int casesHeardWithHead;

    @Column(name = "cases_concluded", nullable = false)
    public int casesConcluded;

    @Column(name = "decisions_changed", nullable = false)
    public int decisionsChanged;

    public String comment;

    @CreationTimestamp
    @Column(name = "submitted_at", nullable = false, updatable = false)
    public OffsetDateTime submittedAt;

    public MonthlyFigures figures() {
        return new MonthlyFigures(noticesReceived, noticesAttendedByHead, casesHeard, casesHeardWithHead,
                casesConcluded, decisionsChanged);
    }
}
