package org.yingsu.attachments;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "yingsu.documents")
interface DocumentConfig {

    /** The largest document accepted, in bytes. */
    @WithDefault("10485760")
    long maxSize();

    /** Keep documents' bytes in this directory instead of in PostgreSQL. */
    Optional<String> directory();
}
