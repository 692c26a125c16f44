package org.yingsu.warnings;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Pre-hearing warnings (出庭预警): when they are raised, how often they are refreshed, and who is e-mailed. */
@ConfigMapping(prefix = "yingsu.supervision")
public interface WarningConfig {

    /** A hearing this many days ahead, or fewer, with neither a confirmed head nor a delegation is warned about. */
    @WithDefault("3")
    int warningDays();

    /** How often the warning job runs (a Quarkus scheduler period such as 5m). */
    @WithDefault("5m")
    String refreshEvery();

    /** Delay of the first run after start-up (of the interview job's too). */
    @WithDefault("30s")
    String firstRefreshAfter();

    Email email();

    interface Email {

        /** Warnings are e-mailed only when this is on (it needs quarkus.mailer.* settings). */
        @WithDefault("false")
        boolean enabled();

        /** The bureau's address, copied on every warning. */
        Optional<String> bureau();
    }
}
