package org.yingsu.litigation.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.yingsu.agencies.Agency;
import org.yingsu.common.persistence.VersionedEntity;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.litigation.rules.NoticeLeadTime;

/** 出庭通知书: the court's notice that the agency's head must appear at a hearing. */
@Entity
@Table(name = "notice")
public class Notice extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hearing_id", nullable = false)
    public Hearing hearing;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Column(nullable = false, length = 200)
    public String court;

    @Column(nullable = false, length = 100)
    public String number;

    @Column(name = "served_on", nullable = false)
    public LocalDate servedOn;

    public long leadDays() {
        LocalDate hearingDate = hearing.date();
        return ChronoUnit.DAYS.between(servedOn, hearingDate);
    }

    /** R3: accepted, but flagged LATE_NOTICE. */
    public boolean isLate() {
        return NoticeLeadTime.isLate(servedOn, hearing.date());
    }
}
