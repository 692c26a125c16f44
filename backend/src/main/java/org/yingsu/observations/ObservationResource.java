package org.yingsu.observations;

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
import org.yingsu.observations.ObservationDtos.ObservationAttendance;
import org.yingsu.observations.ObservationDtos.ObservationCreate;
import org.yingsu.observations.ObservationDtos.ObservationInvite;
import org.yingsu.observations.ObservationDtos.ObservationResponse;
import org.yingsu.observations.ObservationDtos.ObservationUpdate;
import org.yingsu.security.Role;

@Path("/api/observations")
@Tag(name = "Hearing observation", description = "旁听庭审: typical public hearings the bureau invites heads to observe")
public class ObservationResource {

    private static final String PATH = "/api/observations";

    @Inject
    ObservationService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listObservations",
            summary = "List observation sessions by hearing year and invited agency (an agency: its invitations)")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"updatedAt", "-updatedAt", "id", "-id"}))
    public PageResult<ObservationResponse> list(@QueryParam("year") Integer year,
            @QueryParam("agencyCode") String agencyCode, @BeanParam Listing listing, @Valid @BeanParam Paging paging) {
        return service.list(year, agencyCode, listing, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getObservation", summary = "Get an observation session with its invitees")
    public RestResponse<ObservationResponse> get(@PathParam("id") long id) {
        return Responses.found(service.find(id), ObservationResponse::version, "Observation session", id);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "createObservation", summary = "Mark a scheduled or held public hearing for observation")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ObservationResponse.class)))
    public RestResponse<ObservationResponse> create(@Valid @NotNull ObservationCreate body) {
        ObservationResponse created = service.create(body);
        return Responses.created(PATH, created.id(), created, ObservationResponse::version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "updateObservation", summary = "Change a session's title, reason, place or notes")
    public RestResponse<ObservationResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ObservationUpdate body) {
        return Responses.ok(service.update(id, body, ifMatch), ObservationResponse::version);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteObservation", summary = "Remove a session marked in error (no attendance recorded)")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }

    @POST
    @Path("/{id}/invitations")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "inviteToObservation",
            summary = "Invite heads (of any agency, heads on the hearing's date) to observe the session")
    public RestResponse<ObservationResponse> invite(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ObservationInvite body) {
        return Responses.ok(service.invite(id, body, ifMatch), ObservationResponse::version);
    }

    @DELETE
    @Path("/{id}/invitations/{officialCode}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "withdrawObservationInvitation",
            summary = "Withdraw an invitation whose attendance is not recorded")
    public RestResponse<ObservationResponse> withdraw(@PathParam("id") long id,
            @PathParam("officialCode") String officialCode, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.withdraw(id, officialCode, ifMatch), ObservationResponse::version);
    }

    @PUT
    @Path("/{id}/attendance")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "recordObservationAttendance",
            summary = "Record which invitees attended, on or after the hearing's date")
    public RestResponse<ObservationResponse> recordAttendance(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ObservationAttendance body) {
        return Responses.ok(service.recordAttendance(id, body, ifMatch), ObservationResponse::version);
    }
}
