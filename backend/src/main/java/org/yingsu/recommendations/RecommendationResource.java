package org.yingsu.recommendations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.yingsu.recommendations.RecommendationDtos.RecommendationAnswer;
import org.yingsu.recommendations.RecommendationDtos.RecommendationClose;
import org.yingsu.recommendations.RecommendationDtos.RecommendationCreate;
import org.yingsu.recommendations.RecommendationDtos.RecommendationResponse;
import org.yingsu.security.Role;

@Path("/api/recommendations")
@Tag(name = "Judicial recommendations", description = "司法建议: pushed by the court, answered by the agency, "
        + "closed by the bureau")
public class RecommendationResource {

    private static final String PATH = "/api/recommendations";

    @Inject
    RecommendationService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listRecommendations", summary = "List judicial recommendations by agency, status, overdue")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"receivedOn", "-receivedOn", "updatedAt",
            "-updatedAt", "id", "-id"}))
    public PageResult<RecommendationResponse> list(@QueryParam("agencyCode") String agencyCode,
            @QueryParam("status") RecommendationStatus status, @QueryParam("overdue") Boolean overdue,
            @BeanParam Listing listing, @Valid @BeanParam Paging paging) {
        return service.list(agencyCode, status, overdue, listing, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getRecommendation", summary = "Get a judicial recommendation")
    public RestResponse<RecommendationResponse> get(@PathParam("id") long id) {
        return Responses.found(service.find(id), RecommendationResponse::version, "Judicial recommendation", id);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Role.ADMIN_NAME, Role.COURT_NAME})
    @Operation(operationId = "createRecommendation", summary = "Receive a judicial recommendation from the court")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = RecommendationResponse.class)))
    public RestResponse<RecommendationResponse> create(@Valid @NotNull RecommendationCreate body) {
        RecommendationResponse created = service.create(body);
        return Responses.created(PATH, created.id(), created, RecommendationResponse::version);
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "answerRecommendation", summary = "The agency's written answer to a recommendation")
    public RestResponse<RecommendationResponse> answer(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RecommendationAnswer body) {
        return Responses.ok(service.answer(id, body, ifMatch), RecommendationResponse::version);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "closeRecommendation", summary = "The bureau closes an answered recommendation")
    public RestResponse<RecommendationResponse> close(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, @Valid RecommendationClose body) {
        return Responses.ok(service.close(id, body, ifMatch), RecommendationResponse::version);
    }
}
