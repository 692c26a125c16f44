package org.yingsu.lostcases;

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

/** 败诉案件报告: what an agency wrote about one lost case, and the bureau's guidance opinion (指导意见). */
@Entity
@Table(name = "lost_case_report")
public class LostCaseReport extends VersionedEntity {

    /** A summary shorter than this is not the written report the district's rules ask for. */
    public static final int MINIMUM_SUMMARY_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    public LitigationCase litigationCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public LostCaseStatus status = LostCaseStatus.DUE;

    public String summary;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "submitted_by", length = 200)
    public String submittedBy;

    public String guidance;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    @Column(name = "answered_by", length = 200)
    public String answeredBy;
}
