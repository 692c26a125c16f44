package org.yingsu.litigation.notices;

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
import org.yingsu.litigation.notices.NoticeDtos.NoticeCreate;
import org.yingsu.litigation.notices.NoticeDtos.NoticeResponse;
import org.yingsu.litigation.notices.NoticeDtos.NoticeUpdate;
import org.yingsu.security.Role;

@Path("/api/notices")
@Tag(name = "Notices", description = "出庭通知书: the court's notices that a head must appear")
public class NoticeResource {

    private static final String PATH = "/api/notices";

    @Inject
    NoticeService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "listNotices", summary = "List notices by hearing, case or agency")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"servedOn", "-servedOn", "updatedAt",
            "-updatedAt", "id", "-id"}))
    public PageResult<NoticeResponse> list(@QueryParam("hearingId") Long hearingId,
            @QueryParam("caseId") Long caseId, @QueryParam("agencyCode") String agencyCode,
            @BeanParam Listing listing, @Valid @BeanParam Paging paging) {
        return service.list(hearingId, caseId, agencyCode, listing, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "getNotice", summary = "Get a notice")
    public RestResponse<NoticeResponse> get(@PathParam("id") long id) {
        return Responses.found(service.find(id), NoticeResponse::version, "Notice", id);
    }

    /** An agency registers a notice it was served in a case it defends (the court may never push it). */
    @POST
    @ResponseStatus(201)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "createNotice", summary = "Record a notice served on a defendant agency (R3 flags late);"
            + " an agency records only its own")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NoticeResponse.class)))
    public RestResponse<NoticeResponse> create(@Valid @NotNull NoticeCreate body) {
        NoticeResponse created = service.create(body);
        return Responses.created(PATH, created.id(), created, NoticeResponse::version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COURT_NAME})
    @Operation(operationId = "updateNotice", summary = "Correct the date a notice was served")
    public RestResponse<NoticeResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull NoticeUpdate body) {
        return Responses.ok(service.update(id, body, ifMatch), NoticeResponse::version);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteNotice", summary = "Delete a notice entered in error")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
