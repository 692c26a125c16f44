package org.yingsu.litigation.delegations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.http.Responses;
import org.yingsu.litigation.delegations.DelegationDtos.DelegationCreate;
import org.yingsu.litigation.delegations.DelegationDtos.DelegationResponse;
import org.yingsu.litigation.delegations.DelegationDtos.DelegationReview;
import org.yingsu.litigation.delegations.DelegationDtos.DelegationUpdate;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.security.Role;

@Path("/api/delegations")
@Tag(name = "Delegations", description = "委托出庭: why a head cannot appear, who goes instead, and the bureau's review")
public class DelegationResource {

    private static final String PATH = "/api/delegations";

    @Inject
    DelegationService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listDelegations",
            summary = "List delegations by status, agency, hearing or case; the review queue is status=SUBMITTED")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"filedOn", "-filedOn", "updatedAt",
            "-updatedAt", "id", "-id"}))
    public PageResult<DelegationResponse> list(@QueryParam("status") DelegationStatus status,
            @QueryParam("agencyCode") String agencyCode, @QueryParam("hearingId") Long hearingId,
            @QueryParam("caseId") Long caseId,
            @Parameter(description = "Part of a 案号, compared in normal form (half- or full-width brackets, spaces)")
            @QueryParam("caseNumber") String caseNumber, @BeanParam Listing listing,
            @Valid @BeanParam Paging paging) {
        return service.list(status, agencyCode, hearingId, caseId, caseNumber, listing, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getDelegation", summary = "Get a delegation")
    public RestResponse<DelegationResponse> get(@PathParam("id") long id) {
        return Responses.found(service.find(id), DelegationResponse::version, "Delegation", id);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "createDelegation", summary = "File a delegation for a hearing (R4)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = DelegationResponse.class)))
    public RestResponse<DelegationResponse> create(@Valid @NotNull DelegationCreate body) {
        DelegationResponse created = service.create(body);
        return Responses.created(PATH, created.id(), created, DelegationResponse::version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "updateDelegation", summary = "Change a delegation that awaits review")
    public RestResponse<DelegationResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DelegationUpdate body) {
        return Responses.ok(service.update(id, body, ifMatch), DelegationResponse::version);
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "reviewDelegation", summary = "Approve or reject a delegation, with a comment")
    public RestResponse<DelegationResponse> review(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DelegationReview body) {
        return Responses.ok(service.review(id, body, ifMatch), DelegationResponse::version);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "deleteDelegation", summary = "Withdraw a delegation that awaits review")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
