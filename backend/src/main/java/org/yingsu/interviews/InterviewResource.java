package org.yingsu.interviews;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.http.Responses;
import org.yingsu.interviews.InterviewDtos.InterviewCancel;
import org.yingsu.interviews.InterviewDtos.InterviewRecord;
import org.yingsu.interviews.InterviewDtos.InterviewResponse;
import org.yingsu.interviews.InterviewDtos.RefreshRequest;
import org.yingsu.interviews.InterviewDtos.RefreshResult;
import org.yingsu.security.Role;

@Path("/api/interviews")
@Tag(name = "Interviews", description = "约谈: agencies at 0% in a quarter become interview tasks for the bureau")
public class InterviewResource {

    @Inject
    InterviewService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listInterviews", summary = "List interview tasks by quarter, agency, status, overdue")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"dueOn", "-dueOn", "updatedAt", "-updatedAt",
            "id", "-id"}))
    public PageResult<InterviewResponse> list(
            @QueryParam("year") @Min(1990) @Max(2100) Integer year,
            @QueryParam("quarter") @Min(1) @Max(4) Integer quarter,
            @QueryParam("agencyCode") String agencyCode,
            @QueryParam("status") InterviewStatus status,
            @Parameter(description = "Only open tasks past their due date, or only the others")
            @QueryParam("overdue") Boolean overdue,
            @BeanParam Listing listing, @Valid @BeanParam Paging paging) {
        return service.list(year, quarter, agencyCode, status, overdue, listing, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getInterview", summary = "Get an interview task")
    public RestResponse<InterviewResponse> get(@PathParam("id") long id) {
        return Responses.found(service.find(id), InterviewResponse::version, "Interview", id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "recordInterview",
            summary = "Save what is known of an open interview (day, place, participants, notes, outcome)")
    public RestResponse<InterviewResponse> record(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InterviewRecord body) {
        return Responses.ok(service.record(id, body, ifMatch), InterviewResponse::version);
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "completeInterview",
            summary = "Record the interview as held; needs the day, people of both sides and the outcome")
    public RestResponse<InterviewResponse> complete(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull InterviewRecord body) {
        return Responses.ok(service.complete(id, body, ifMatch), InterviewResponse::version);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "cancelInterview", summary = "Cancel an open interview task, saying why")
    public RestResponse<InterviewResponse> cancel(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InterviewCancel body) {
        return Responses.ok(service.cancel(id, body, ifMatch), InterviewResponse::version);
    }

    @POST
    @Path("/refresh")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "refreshInterviews",
            summary = "Look at a year's ended quarters (or one quarter) for agencies at zero now, not at the next tick")
    public RefreshResult refresh(@Valid @NotNull RefreshRequest body) {
        return service.refresh(body);
    }
}
