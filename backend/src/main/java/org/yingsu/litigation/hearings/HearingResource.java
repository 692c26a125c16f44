package org.yingsu.litigation.hearings;

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
import java.time.OffsetDateTime;
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
import org.yingsu.litigation.hearings.HearingDtos.HearingCreate;
import org.yingsu.litigation.hearings.HearingDtos.HearingResponse;
import org.yingsu.litigation.hearings.HearingDtos.HearingUpdate;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.security.Role;

@Path("/api/hearings")
@Tag(name = "Hearings", description = "开庭: the sessions of a case")
public class HearingResource {

    private static final String PATH = "/api/hearings";

    @Inject
    HearingService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "listHearings", summary = "List hearings by case, defendant agency, status or time")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"scheduledAt", "-scheduledAt", "updatedAt",
            "-updatedAt", "id", "-id"}))
    public PageResult<HearingResponse> list(@QueryParam("caseId") Long caseId,
            @QueryParam("agencyCode") String agencyCode, @QueryParam("status") HearingStatus status,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
            @BeanParam Listing listing, @Valid @BeanParam Paging paging) {
        return service.list(new HearingRepository.Filter(caseId, agencyCode, status, from, to), listing, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "getHearing", summary = "Get a hearing")
    public RestResponse<HearingResponse> get(@PathParam("id") long id) {
        return Responses.found(service.find(id), HearingResponse::version, "Hearing", id);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Role.ADMIN_NAME, Role.COURT_NAME})
    @Operation(operationId = "createHearing", summary = "Schedule or record a hearing of a case")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = HearingResponse.class)))
    public RestResponse<HearingResponse> create(@Valid @NotNull HearingCreate body) {
        HearingResponse created = service.create(body);
        return Responses.created(PATH, created.id(), created, HearingResponse::version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COURT_NAME})
    @Operation(operationId = "updateHearing", summary = "Change a hearing's time or status")
    public RestResponse<HearingResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull HearingUpdate body) {
        return Responses.ok(service.update(id, body, ifMatch), HearingResponse::version);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteHearing", summary = "Delete a hearing entered in error (nothing recorded at it)")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
