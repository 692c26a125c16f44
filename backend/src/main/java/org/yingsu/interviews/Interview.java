package org.yingsu.interviews;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yingsu.agencies.Agency;
import org.yingsu.common.persistence.VersionedEntity;
import org.yingsu.metrics.Period;

/** 约谈: the bureau's interview of an agency whose heads appeared in none of its cases heard in a quarter (R7). */
@Entity
@Table(name = "interview")
public class Interview extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public InterviewStatus status = InterviewStatus.OPEN;

    /** Whether the last refresh still saw the agency at zero in the quarter. */
    @Column(name = "at_zero", nullable = false)
    public boolean atZero = true;

    /** The cases heard in the quarter (all without a head) when the refresh last saw the agency at zero. */
    @Column(name = "cases_heard", nullable = false)
    public int casesHeard;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Column(length = 200)
    public String location;

    public String notes;

    public String outcome;

    @ElementCollection
    @CollectionTable(name = "interview_participant", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "position")
    public List<InterviewParticipant> participants = new ArrayList<>();

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "cancelled_by_refresh", nullable = false)
    public boolean cancelledByRefresh;

    public Period period() {
        return Period.of(year, quarter, null);
    }

    /** Open after its due date (Asia/Shanghai dates); the due date itself is still in time. */
    public boolean isOverdue(LocalDate today) {
        return status == InterviewStatus.OPEN && today.isAfter(dueOn);
    }

    /** Anything of the interview recorded: such a task is never cancelled by the refresh, only by the bureau. */
    public boolean isWorkedOn() {
        return heldOn != null || location != null || notes != null || outcome != null || !participants.isEmpty();
    }
}
