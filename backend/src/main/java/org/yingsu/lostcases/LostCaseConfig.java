package org.yingsu.lostcases;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@ConfigMapping(prefix = "yingsu.supervision.lost-cases")
interface LostCaseConfig {

    /** An agency files its lost-case report within this many days of the outcome's conclusion date. */
    @WithDefault("30")
    @Min(1)
    @Max(366)
    int reportDays();
}
