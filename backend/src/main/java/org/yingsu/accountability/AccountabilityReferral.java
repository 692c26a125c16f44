package org.yingsu.accountability;

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
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.Official;
import org.yingsu.common.persistence.VersionedEntity;
import org.yingsu.litigation.appearances.Appearance;
import org.yingsu.litigation.cases.LitigationCase;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.recommendations.JudicialRecommendation;

/** 追责: the bureau's referral of an agency's officials to the body competent to hold them to account. */
@Entity
@Table(name = "accountability_referral")
public class AccountabilityReferral extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ReferralGround ground;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recommendation_id")
    public JudicialRecommendation recommendation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appearance_id")
    public Appearance appearance;

    @ManyToMany
    @JoinTable(name = "referral_official", joinColumns = @JoinColumn(name = "referral_id"),
            inverseJoinColumns = @JoinColumn(name = "official_id"))
    public Set<Official> officials = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "referral_case", joinColumns = @JoinColumn(name = "referral_id"),
            inverseJoinColumns = @JoinColumn(name = "case_id"))
    public Set<LitigationCase> cases = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "referral_hearing", joinColumns = @JoinColumn(name = "referral_id"),
            inverseJoinColumns = @JoinColumn(name = "hearing_id"))
    public Set<Hearing> hearings = new LinkedHashSet<>();

    @Column(name = "referred_to", nullable = false, length = 200)
    public String referredTo;

    @Column(nullable = false)
    public String facts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReferralStatus status = ReferralStatus.DRAFTED;

    @Column(name = "drafted_on", nullable = false)
    public LocalDate draftedOn;

    @Column(length = 100)
    public String number;

    @Column(name = "sent_on")
    public LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public ReferralDecision decision;

    @Column(name = "decision_detail")
    public String decisionDetail;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;
}
