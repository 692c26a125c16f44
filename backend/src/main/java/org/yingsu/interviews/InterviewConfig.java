package org.yingsu.interviews;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** 约谈 (R7): tasks for agencies at 0% in a quarter. */
@ConfigMapping(prefix = "yingsu.supervision.interviews")
interface InterviewConfig {

    /** An interview task is due this many days after it is opened. */
    @WithDefault("30")
    @Min(1)
    @Max(366)
    int dueDays();

    /** How often the ended quarters of this year and the last are checked for agencies at zero. */
    @WithDefault("1h")
    String refreshEvery();
}
