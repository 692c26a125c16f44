package org.yingsu.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * Request body limits. Bulk paths (imports and court intake, whose batches reach megabytes) get the larger one.
 * {@code quarkus.http.limits.max-body-size} must be at least {@link #bulkMaxBodySize()}: it is the transport's hard cap.
 */
@ConfigMapping(prefix = "yingsu.http.limits")
interface BodyLimitsConfig {

    /** For every request not on a bulk path. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    @WithDefault("10M")
    MemorySize bulkMaxBodySize();

    /** Path prefixes with the bulk limit (documents have their own, smaller or equal, limit too). */
    @WithDefault("/api/imports/,/api/intake/,/api/documents")
    List<String> bulkPaths();

    default long limitFor(String path) {
        for (String prefix : bulkPaths()) {
            if (path.startsWith(prefix)) {
                return bulkMaxBodySize().asLongValue();
            }
        }
        return maxBodySize().asLongValue();
    }
}
