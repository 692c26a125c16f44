package org.yingsu.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.yingsu.common.persistence.VersionedEntity;

/** The points the bureau deducts per unjustified absence in a year (R7), when it departs from the default. */
@Entity
@Table(name = "assessment_points")
public class AssessmentPoints extends VersionedEntity {

    @Id
    public Integer year;

    @Column(nullable = false, precision = 6, scale = 2)
    public BigDecimal points;
}
