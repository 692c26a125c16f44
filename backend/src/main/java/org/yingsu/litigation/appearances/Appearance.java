package org.yingsu.litigation.appearances;

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
import java.util.ArrayList;
import java.util.List;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.Official;
import org.yingsu.common.persistence.VersionedEntity;
import org.yingsu.litigation.cases.CaseRules;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.litigation.rules.AppearanceRules;
import org.yingsu.litigation.vocabulary.AppearanceSource;
import org.yingsu.litigation.vocabulary.IdentityStatus;

/** 出庭记录: an official of a defendant agency present at a held hearing. */
@Entity
@Table(name = "appearance")
public class Appearance extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hearing_id", nullable = false)
    public Hearing hearing;

    /** Always the official's agency; kept on the row because every figure groups by it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "official_id", nullable = false)
    public Official official;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AppearanceSource source;

    @Column(nullable = false)
    public boolean spoke;

    @Column(name = "left_early", nullable = false)
    public boolean leftEarly;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_status", nullable = false, length = 16)
    public IdentityStatus identityStatus = IdentityStatus.VERIFIED;

    /** R1: anyone but a head of the agency on the hearing's date, with a proof not rejected, does not count. */
    public boolean countsAsHead() {
        return AppearanceRules.countsAsHead(CaseRules.post(official), CaseRules.standing(official, agency),
                identityStatus == IdentityStatus.REJECTED, hearing.date());
    }

    /** R6: a head who did not speak, or who left without the court's leave. */
    public List<String> flags() {
        List<String> flags = new ArrayList<>();
        if (AppearanceRules.silent(countsAsHead(), spoke)) {
            flags.add("SILENT_APPEARANCE");
        }
        if (AppearanceRules.leftEarly(countsAsHead(), leftEarly)) {
            flags.add("LEFT_EARLY");
        }
        return flags;
    }
}
