package org.yingsu.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.yingsu.litigation.vocabulary.MandatoryCategory;
import org.yingsu.litigation.vocabulary.OutcomeResult;

/** The rules of R2, R7 and the decision-changed set of docs/domain.md §2, as the bureau configures them. */
@ConfigMapping(prefix = "yingsu.metrics")
public interface MetricsConfig {

    /** The appearance rate every agency with a heard case must reach (R7). */
    @WithDefault("0.9")
    @DecimalMin("0")
    @DecimalMax("1")
    double threshold();

    /** Assessment points deducted per unjustified absence (R7). */
    @WithDefault("2")
    @DecimalMin("0")
    BigDecimal pointsPerUnjustifiedAbsence();

    /** Case categories whose head must appear (R2). */
    @WithDefault("MAJOR_PUBLIC_INTEREST,HIGH_SOCIAL_CONCERN,MASS_INCIDENT_RISK,PROCURATORIAL_PUBLIC_INTEREST")
    @NotEmpty
    Set<MandatoryCategory> mandatoryCategories();

    /** Outcome results that change the agency's decision (败诉). */
    @WithDefault("REVOKED,ORDERED_TO_PERFORM,CONFIRMED_ILLEGAL,CONFIRMED_INVALID,MODIFIED")
    @NotEmpty
    Set<OutcomeResult> decisionChangedResults();

    /** The configured categories by their codes, as the counting statement takes them. */
    default List<String> mandatoryCategoryCodes() {
        return mandatoryCategories().stream().map(Enum::name).sorted().toList();
    }

    default List<String> decisionChangedCodes() {
        return decisionChangedResults().stream().map(Enum::name).sorted().toList();
    }

    /**
     * The trial levels whose duties the sanctions consider (R7: interviews, assessment deductions, the bulletin's
     * named absences): first instance by default, as the figures; {@code ALL} for every instance.
     */
    @WithDefault("FIRST_INSTANCE")
    TrialLevelFilter sanctionTrialLevel();

    /**
     * Days after the hearing an identity proof may stay {@code PENDING} before the agency is flagged
     * {@code PENDING_IDENTITY} (papers check, SPC art. 6); meanwhile the appearance counts as a head's.
     */
    @WithDefault("30")
    @Min(0)
    @Max(3650)
    int pendingIdentityDays();

    /**
     * PostgreSQL {@code work_mem} for the counting statement only: its sorts and hash aggregates over a year of
     * hearings spill to disk with the server's default of 4MB.
     */
    @WithDefault("64MB")
    @Pattern(regexp = "[1-9][0-9]*(kB|MB|GB)")
    String workMem();
}
