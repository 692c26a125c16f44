package org.yingsu.litigation.cases;

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
import java.time.LocalDate;
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
import org.yingsu.litigation.cases.CaseDtos.CaseCreate;
import org.yingsu.litigation.cases.CaseDtos.CaseResponse;
import org.yingsu.litigation.cases.CaseDtos.CaseUpdate;
import org.yingsu.litigation.vocabulary.TrialLevel;
import org.yingsu.security.Role;

@Path("/api/cases")
@Tag(name = CaseResource.TAG, description = CaseResource.TAG_DESCRIPTION)
public class CaseResource {

    /** The case file and the outcome are served beside the case, under the same tag. */
    public static final String TAG = "Cases";
    public static final String TAG_DESCRIPTION = "行政诉讼案件: cases with their defendants, hearings and outcome";

    private static final String PATH = "/api/cases";

    @Inject
    CaseService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "listCases",
            summary = "List cases by text (case number, cause, court), defendant, trial level, mandatory, filing date")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"filedOn", "-filedOn", "updatedAt",
            "-updatedAt", "id", "-id"}))
    public PageResult<CaseResponse> list(@QueryParam("q") String q, @QueryParam("agencyCode") String agencyCode,
            @QueryParam("trialLevel") TrialLevel trialLevel, @QueryParam("mandatory") Boolean mandatory,
            @QueryParam("filedFrom") LocalDate filedFrom, @QueryParam("filedTo") LocalDate filedTo,
            @BeanParam Listing listing, @Valid @BeanParam Paging paging) {
        return service.list(new CaseRepository.Filter(q, agencyCode, trialLevel, mandatory, filedFrom, filedTo),
                listing, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "getCase", summary = "Get a case")
    public RestResponse<CaseResponse> get(@PathParam("id") long id) {
        return Responses.found(service.find(id), CaseResponse::version, "Case", id);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Role.ADMIN_NAME, Role.COURT_NAME})
    @Operation(operationId = "createCase", summary = "Create a case with its defendant agencies")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CaseResponse.class)))
    public RestResponse<CaseResponse> create(@Valid @NotNull CaseCreate body) {
        CaseResponse created = service.create(body);
        return Responses.created(PATH, created.id(), created, CaseResponse::version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COURT_NAME})
    @Operation(operationId = "updateCase", summary = "Update a case's details and defendants")
    public RestResponse<CaseResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CaseUpdate body) {
        return Responses.ok(service.update(id, body, ifMatch), CaseResponse::version);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteCase", summary = "Delete a case entered in error, with everything recorded in it")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
