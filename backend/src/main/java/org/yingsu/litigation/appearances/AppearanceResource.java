package org.yingsu.litigation.appearances;

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
import org.yingsu.litigation.appearances.AppearanceDtos.AppearanceCreate;
import org.yingsu.litigation.appearances.AppearanceDtos.AppearanceResponse;
import org.yingsu.litigation.appearances.AppearanceDtos.AppearanceUpdate;
import org.yingsu.security.Role;

@Path("/api/appearances")
@Tag(name = "Appearances", description = "出庭记录: who of a defendant agency appeared at a held hearing")
public class AppearanceResource {

    private static final String PATH = "/api/appearances";

    @Inject
    AppearanceService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "listAppearances", summary = "List appearances by hearing, case or agency")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"updatedAt", "-updatedAt", "id", "-id"}))
    public PageResult<AppearanceResponse> list(@QueryParam("hearingId") Long hearingId,
            @QueryParam("caseId") Long caseId, @QueryParam("agencyCode") String agencyCode,
            @BeanParam Listing listing, @Valid @BeanParam Paging paging) {
        return service.list(hearingId, caseId, agencyCode, listing, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "getAppearance", summary = "Get an appearance")
    public RestResponse<AppearanceResponse> get(@PathParam("id") long id) {
        return Responses.found(service.find(id), AppearanceResponse::version, "Appearance", id);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "createAppearance",
            summary = "Record that an official of a defendant agency appeared at a held hearing (source COURT when "
                    + "the court records it, else AGENCY)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AppearanceResponse.class)))
    public RestResponse<AppearanceResponse> create(@Valid @NotNull AppearanceCreate body) {
        AppearanceResponse created = service.create(body);
        return Responses.created(PATH, created.id(), created, AppearanceResponse::version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "updateAppearance", summary = "Correct whether the official spoke, left early, or "
            + "the state of the identity proof")
    public RestResponse<AppearanceResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AppearanceUpdate body) {
        return Responses.ok(service.update(id, body, ifMatch), AppearanceResponse::version);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "deleteAppearance", summary = "Delete an appearance entered in error")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
