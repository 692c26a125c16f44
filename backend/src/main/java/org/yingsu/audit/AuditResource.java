package org.yingsu.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.security.Role;

@Path("/api/audit")
@Tag(name = "Audit", description = "审计: who changed what, when, with the state before and after")
public class AuditResource {

    @Inject
    AuditService service;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "listAudit", summary = "List audit records, newest first, by entity, actor and time")
    public PageResult<AuditResponse> list(
            @Parameter(description = "The table, e.g. litigation_case, delegation, api_token, session")
            @QueryParam("entity") String entity,
            @Parameter(description = "The record's id (with entity)") @QueryParam("entityId") String entityId,
            @Parameter(description = "e.g. user:alice, token:12, system, address:10.0.0.7") @QueryParam("actor") String actor,
            @Parameter(description = "INSERT, UPDATE, DELETE, LOGIN, LOGOUT or LOGIN_FAILED") @QueryParam("action") String action,
            @Parameter(description = "From this time on (inclusive)") @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Before this time (exclusive)") @QueryParam("to") OffsetDateTime to,
            @Valid @BeanParam Paging paging) {
        return service.list(new AuditService.Filter(entity, entityId, actor, action, from, to), paging);
    }
}
