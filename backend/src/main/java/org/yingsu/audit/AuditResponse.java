package org.yingsu.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditRecord", description = "One entity changed by one transaction: its state before and after")
record AuditResponse(long id, OffsetDateTime at,
        @Schema(description = "user:<username>, token:<id>, system, or db:<role> for changes made outside the "
                + "application") String actor,
        @Schema(description = "INSERT, UPDATE, DELETE, LOGIN, LOGOUT") String action,
        @Schema(description = "The table: agency, official, litigation_case, hearing, notice, appearance, "
                + "delegation, outcome, app_user, api_token, session, …") String entity,
        String entityId, String naturalKey,
        @Schema(description = "The fields whose value differs between before and after") List<String> changed,
        @Schema(implementation = Object.class) Object before,
        @Schema(implementation = Object.class) Object after) {
}
