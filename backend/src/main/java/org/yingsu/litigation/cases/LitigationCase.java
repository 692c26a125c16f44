package org.yingsu.litigation.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.yingsu.agencies.Agency;
import org.yingsu.common.persistence.VersionedEntity;
import org.yingsu.litigation.vocabulary.DesignationBasis;
import org.yingsu.litigation.vocabulary.TrialLevel;

/** 行政诉讼案件: one instance of a suit against one or more agencies. */
@Entity
@Table(name = "litigation_case")
public class LitigationCase extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String court;

    @Column(name = "case_number", nullable = false, length = 100)
    public String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "trial_level", nullable = false, length = 32)
    public TrialLevel trialLevel;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Column(name = "cause_of_action", length = 200)
    public String causeOfAction;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> plaintiffs = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "mandatory_categories", nullable = false, columnDefinition = "text[]")
    public List<String> mandatoryCategories = new ArrayList<>();

    /** art. 3: why only the designated defendants' heads must appear, or null when every defendant's must. */
    @Enumerated(EnumType.STRING)
    @Column(name = "designation_basis", length = 16)
    public DesignationBasis designationBasis;

    /** art. 3: the defendants whose heads appear; empty when every defendant's must. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "designated_agency_ids", nullable = false, columnDefinition = "bigint[]")
    public List<Long> designatedAgencyIds = new ArrayList<>();

    /** The department that handled the contested act, for a government defendant (R4). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handling_agency_id")
    public Agency handlingAgency;

    /** The role of whoever created the case, set by the database from the transaction's actor (never by a client). */
    @Column(name = "origin_role", length = 16, insertable = false, updatable = false)
    public String originRole;

    @ManyToMany
    @BatchSize(size = 100)
    @JoinTable(name = "case_defendant", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    public Set<Agency> defendants = new LinkedHashSet<>();

    public boolean isDefendant(Agency agency) {
        return defendants.stream().anyMatch(d -> d.id.equals(agency.id));
    }

    public boolean isMandatory() {
        return !mandatoryCategories.isEmpty();
    }
}
