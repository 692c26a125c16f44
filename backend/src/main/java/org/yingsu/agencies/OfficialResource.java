package org.yingsu.agencies;

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
import org.yingsu.agencies.AgencyDtos.OfficialCreate;
import org.yingsu.agencies.AgencyDtos.OfficialResponse;
import org.yingsu.agencies.AgencyDtos.OfficialUpdate;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.http.Responses;
import org.yingsu.security.Role;

@Path("/api/officials")
@Tag(name = "Officials", description = "人员: heads, staff and lawyers of an agency, each post with its validity dates")
public class OfficialResource {

    private static final String PATH = "/api/officials";

    @Inject
    AgencyService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "listOfficials", summary = "List officials, filtered by agency, role or text")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"code", "-code", "updatedAt", "-updatedAt",
            "id", "-id"}))
    public PageResult<OfficialResponse> list(@QueryParam("agencyCode") String agencyCode,
            @QueryParam("role") OfficialRole role, @QueryParam("q") String q, @BeanParam Listing listing,
            @Valid @BeanParam Paging paging) {
        return service.listOfficials(agencyCode, role, q, listing, paging);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "getOfficial", summary = "Get an official by code")
    public RestResponse<OfficialResponse> get(@PathParam("code") String code) {
        return Responses.found(service.findOfficial(code), OfficialResponse::version, "Official", code);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "createOfficial", summary = "Create an official's post in an agency")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = OfficialResponse.class)))
    public RestResponse<OfficialResponse> create(@Valid @NotNull OfficialCreate body) {
        OfficialResponse created = service.createOfficial(body);
        return Responses.created(PATH, created.code(), created, OfficialResponse::version);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "updateOfficial", summary = "Update an official's name, role, title or dates")
    public RestResponse<OfficialResponse> update(@PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull OfficialUpdate body) {
        return Responses.ok(service.updateOfficial(code, body, ifMatch), OfficialResponse::version);
    }

    @DELETE
    @Path("/{code}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteOfficial", summary = "Delete an official that nothing refers to")
    public void delete(@PathParam("code") String code) {
        service.deleteOfficial(code);
    }
}
