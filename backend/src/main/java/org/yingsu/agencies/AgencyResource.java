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
import org.yingsu.agencies.AgencyDtos.AgencyCreate;
import org.yingsu.agencies.AgencyDtos.AgencyResponse;
import org.yingsu.agencies.AgencyDtos.AgencyUpdate;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.http.Responses;
import org.yingsu.security.Role;

@Path("/api/agencies")
@Tag(name = "Agencies", description = "行政机关: the district government, its departments and 镇街")
public class AgencyResource {

    private static final String PATH = "/api/agencies";

    @Inject
    AgencyService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "listAgencies", summary = "List agencies, filtered by kind, parent or text")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"code", "-code", "updatedAt", "-updatedAt",
            "id", "-id"}))
    public PageResult<AgencyResponse> list(@QueryParam("kind") AgencyKind kind,
            @QueryParam("parentCode") String parentCode, @QueryParam("q") String q, @BeanParam Listing listing,
            @Valid @BeanParam Paging paging) {
        return service.listAgencies(kind, parentCode, q, listing, paging);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "getAgency", summary = "Get an agency by its code")
    public RestResponse<AgencyResponse> get(@PathParam("code") String code) {
        return Responses.found(service.findAgency(code), AgencyResponse::version, "Agency", code);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "createAgency", summary = "Create an agency")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AgencyResponse.class)))
    public RestResponse<AgencyResponse> create(@Valid @NotNull AgencyCreate body) {
        AgencyResponse created = service.createAgency(body);
        return Responses.created(PATH, created.code(), created, AgencyResponse::version);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "updateAgency", summary = "Update an agency's name, kind or parent")
    public RestResponse<AgencyResponse> update(@PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AgencyUpdate body) {
        return Responses.ok(service.updateAgency(code, body, ifMatch), AgencyResponse::version);
    }

    @DELETE
    @Path("/{code}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteAgency", summary = "Delete an agency that nothing refers to")
    public void delete(@PathParam("code") String code) {
        service.deleteAgency(code);
    }
}
