package org.yingsu.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "yingsu.idempotency")
interface IdempotencyConfig {

    /** How long a key and its answer are kept (docs/domain.md §5: 24 hours). */
    @WithDefault("PT24H")
    Duration retention();

    /** How long a request may hold its key unanswered before a retry may take it over (the first is presumed dead). */
    @WithDefault("PT5M")
    Duration lease();

    /** How long a retry waits for the first request's answer before it gets 409. */
    @WithDefault("PT15S")
    Duration replayWait();
}
