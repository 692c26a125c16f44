package org.yingsu.warnings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.security.Role;
import org.yingsu.warnings.WarningDtos.ConfirmationRequest;
import org.yingsu.warnings.WarningDtos.ConfirmationResponse;
import org.yingsu.warnings.WarningDtos.RefreshResult;
import org.yingsu.warnings.WarningDtos.WarningResponse;

@Path("/api")
@Tag(name = "Warnings", description = "出庭预警: hearings soon without a confirmed head or a delegation")
public class WarningResource {

    @Inject
    WarningService warnings;

    @Inject
    ConfirmationService confirmations;

    @GET
    @Path("/warnings")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listWarnings", summary = "List pre-hearing warnings, open ones by default")
    public PageResult<WarningResponse> list(@QueryParam("agencyCode") String agencyCode,
            @QueryParam("open") @DefaultValue("true") boolean open, @Valid @BeanParam Paging paging) {
        return warnings.list(agencyCode, open, paging);
    }

    @POST
    @Path("/warnings/refresh")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "refreshWarnings", summary = "Recompute warnings now instead of at the next tick")
    public RefreshResult refresh() {
        return warnings.refresh();
    }

    @GET
    @Path("/confirmations")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listHeadConfirmations", summary = "List the heads named to appear at hearings")
    public List<ConfirmationResponse> confirmations(@QueryParam("hearingId") Long hearingId,
            @QueryParam("agencyCode") String agencyCode) {
        return confirmations.list(hearingId, agencyCode);
    }

    @POST
    @Path("/confirmations")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "confirmHead",
            summary = "Name the head who will appear at a scheduled hearing (replaces an earlier choice)")
    public ConfirmationResponse confirm(@Valid @NotNull ConfirmationRequest body) {
        return confirmations.confirm(body);
    }

    @DELETE
    @Path("/confirmations/{id}")
    @ResponseStatus(204)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "withdrawHeadConfirmation", summary = "Withdraw a head's confirmation")
    public void withdraw(@PathParam("id") long id) {
        confirmations.withdraw(id);
    }
}
