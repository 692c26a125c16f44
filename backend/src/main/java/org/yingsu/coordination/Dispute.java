package org.yingsu.coordination;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.yingsu.agencies.Agency;
import org.yingsu.common.persistence.VersionedEntity;
import org.yingsu.litigation.cases.LitigationCase;

/** An administrative dispute worked by the coordination centre (行政争议协调化解中心). */
@Entity
@Table(name = "dispute")
public class Dispute extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public DisputeSource source;

    @Column(length = 200)
    public String court;

    @Column(name = "court_reference", length = 100)
    public String courtReference;

    @Column(name = "time_limit")
    public LocalDate timeLimit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    public LitigationCase litigationCase;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(nullable = false)
    public String subject;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> applicants = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "dispute_agency", joinColumns = @JoinColumn(name = "dispute_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    @OrderBy("code")
    public Set<Agency> agencies = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mediating_body_id")
    public MediatingBody mediatingBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DisputeStatus status = DisputeStatus.RECEIVED;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public DisputeResolution resolution;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "outcome_summary")
    public String outcomeSummary;

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("heldOn, id")
    public List<DisputeMeeting> meetings = new ArrayList<>();

    public TimeLimitStatus timeLimitStatus(LocalDate today) {
        return TimeLimitStatus.of(timeLimit, closedOn, today);
    }
}
