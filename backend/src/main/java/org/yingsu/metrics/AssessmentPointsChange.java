package org.yingsu.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One change of a year's points per unjustified absence: who, when, old → new. */
@Entity
@Table(name = "assessment_points_change")
class AssessmentPointsChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    int year;

    @Column(name = "old_points", nullable = false, precision = 6, scale = 2)
    BigDecimal oldPoints;

    /** Whether the old value was the bureau's own (else the configured default). */
    @Column(name = "old_set_by_bureau", nullable = false)
    boolean oldSetByBureau;

    @Column(name = "new_points", nullable = false, precision = 6, scale = 2)
    BigDecimal newPoints;

    /** The actor as the audit trail names it. */
    @Column(name = "changed_by", nullable = false, length = 200)
    String changedBy;

    /** The person's display name, when a person changed it. */
    @Column(name = "changed_by_name", length = 200)
    String changedByName;

    @Column(name = "changed_at", nullable = false)
    OffsetDateTime changedAt;
}
