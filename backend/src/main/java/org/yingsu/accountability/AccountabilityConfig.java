package org.yingsu.accountability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;

/** How the bureau signs its referral letters (追责函). */
@ConfigMapping(prefix = "yingsu.accountability")
public interface AccountabilityConfig {

    /** Who refers: the letterhead and the signature of the letter. */
    @WithDefault("重庆市渝北区司法局")
    @NotBlank
    String issuer();
}
