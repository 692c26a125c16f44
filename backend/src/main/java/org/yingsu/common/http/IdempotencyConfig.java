package org.yingsu.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "yingsu.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its answer are kept (SPEC §5: 24 hours). */
    @WithDefault("PT24H")
    Duration retention();

    /**
     * How long a retry waits for the first request with its key to commit or roll back before it gets 409 with
     * Retry-After. There is no lease: a key whose request died is free as soon as PostgreSQL ends its transaction.
     */
    @WithDefault("PT15S")
    Duration replayWait();
}
