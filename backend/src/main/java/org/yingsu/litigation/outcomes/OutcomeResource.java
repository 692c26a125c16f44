package org.yingsu.litigation.outcomes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import org.yingsu.common.http.Responses;
import org.yingsu.litigation.cases.CaseResource;
import org.yingsu.litigation.outcomes.OutcomeDtos.OutcomeResponse;
import org.yingsu.litigation.outcomes.OutcomeDtos.OutcomeUpdate;
import org.yingsu.security.Role;

@Path("/api/cases/{id}/outcome")
@Tag(name = CaseResource.TAG, description = CaseResource.TAG_DESCRIPTION)
public class OutcomeResource {

    @Inject
    OutcomeService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "getOutcome", summary = "Get the outcome (裁判结果) of a case")
    public RestResponse<OutcomeResponse> outcome(@PathParam("id") long id) {
        return Responses.found(service.findOutcome(id), OutcomeResponse::version, "Outcome of case", id);
    }

    @PUT
    @RolesAllowed({Role.ADMIN_NAME, Role.COURT_NAME})
    @Operation(operationId = "putOutcome", summary = "Record or correct the outcome of a case")
    public RestResponse<OutcomeResponse> putOutcome(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "* to record the case's first outcome: 412 if one is recorded already")
            @HeaderParam("If-None-Match") String ifNoneMatch, @Valid @NotNull OutcomeUpdate body) {
        return Responses.ok(service.putOutcome(id, body, ifMatch), OutcomeResponse::version);
    }

    @DELETE
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteOutcome", summary = "Remove an outcome entered in error")
    public void deleteOutcome(@PathParam("id") long id) {
        service.deleteOutcome(id);
    }
}
