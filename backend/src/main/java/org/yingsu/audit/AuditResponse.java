package org.yingsu.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditRecord", description = "One entity changed by one transaction: its state before and after")
record AuditResponse(long id, OffsetDateTime at,
        @Schema(description = "user:<username>, token:<id>, system, address:<client address> for a failed login, "
                + "or db:<role> for changes made outside the application") String actor,
        @Schema(description = "INSERT, UPDATE, DELETE, LOGIN, LOGOUT, LOGIN_FAILED") String action,
        @Schema(description = "The table: agency, official, litigation_case, hearing, notice, appearance, "
                + "delegation, outcome, app_user, api_token, session, login (a failed login: entityId is the username "
                + "tried; after holds username, address and reason), …") String entity,
        String entityId, @Schema(nullable = true) String naturalKey,
        @Schema(description = "The fields whose value differs between before and after") List<String> changed,
        @Schema(nullable = true, type = SchemaType.OBJECT) Object before,
        @Schema(nullable = true, type = SchemaType.OBJECT) Object after) {
}
