package org.yingsu.litigation.duties;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** What the duties depend on beyond the records themselves. */
@ConfigMapping(prefix = "yingsu.bureau")
public interface DutyConfig {

    /**
     * The bureau's own agency code (YINGSU_BUREAU_AGENCY_CODE): its staff are the legal-affairs body of the district
     * government, who may stand in for it (R4, 《行诉解释》art. 130(2)).
     */
    Optional<String> agencyCode();
}
