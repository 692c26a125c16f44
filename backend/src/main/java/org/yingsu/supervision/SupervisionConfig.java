package org.yingsu.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/** Settings of the oversight workflows (SPEC §6). */
@ConfigMapping(prefix = "yingsu.supervision")
public interface SupervisionConfig {

    /** A hearing this many days ahead, or fewer, with neither a confirmed head nor a delegation is warned about. */
    @WithDefault("3")
    int warningDays();

    /** How often the warning job runs (a Quarkus scheduler period such as 5m). */
    @WithDefault("5m")
    String refreshEvery();

    /** Delay of the first run after start-up. */
    @WithDefault("30s")
    String firstRefreshAfter();

    Email email();

    LostCases lostCases();

    interface LostCases {

        /** An agency files its lost-case report within this many days of the outcome's conclusion date. */
        @WithDefault("30")
        @Min(1)
        @Max(366)
        int reportDays();
    }

    Interviews interviews();

    /** 约谈 (R7): tasks for agencies at 0% in a quarter. */
    interface Interviews {

        /** An interview task is due this many days after it is opened. */
        @WithDefault("30")
        @Min(1)
        @Max(366)
        int dueDays();

        /** How often the ended quarters of this year and the last are checked for agencies at zero. */
        @WithDefault("1h")
        String refreshEvery();
    }

    interface Email {

        /** Warnings are e-mailed only when this is on (it needs quarkus.mailer.* settings). */
        @WithDefault("false")
        boolean enabled();

        /** The bureau's address, copied on every warning. */
        Optional<String> bureau();
    }
}
