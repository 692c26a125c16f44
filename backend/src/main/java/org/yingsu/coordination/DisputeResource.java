package org.yingsu.coordination;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
import org.yingsu.common.export.Workbooks;
import org.yingsu.common.http.Downloads;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.http.Responses;
import org.yingsu.coordination.DisputeDtos.BodyInput;
import org.yingsu.coordination.DisputeDtos.BodyResponse;
import org.yingsu.coordination.DisputeDtos.DisputeInput;
import org.yingsu.coordination.DisputeDtos.DisputeResolve;
import org.yingsu.coordination.DisputeDtos.DisputeResponse;
import org.yingsu.coordination.DisputeDtos.DisputeReturn;
import org.yingsu.coordination.DisputeDtos.DisputeStart;
import org.yingsu.coordination.DisputeDtos.Figures;
import org.yingsu.coordination.DisputeDtos.MeetingInput;
import org.yingsu.metrics.Period;
import org.yingsu.security.Role;

@Path("/api/coordination")
@Tag(name = "Dispute coordination", description = "行政争议协调化解中心 / 诉调对接: disputes entrusted by the court or "
        + "received directly, their mediating bodies, meetings, resolution and the centre's figures")
public class DisputeResource {

    private static final String PATH = "/api/coordination/disputes";

    @Inject
    DisputeService service;

    @GET
    @Path("/disputes")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listDisputes", summary = "List disputes by state, source, agency, mediating body, year "
            + "received and overdue (an agency: those about its acts)")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"receivedOn", "-receivedOn", "updatedAt",
            "-updatedAt", "id", "-id"}))
    public PageResult<DisputeResponse> list(@QueryParam("status") DisputeStatus status,
            @QueryParam("source") DisputeSource source, @QueryParam("agencyCode") String agencyCode,
            @QueryParam("mediatingBodyCode") String mediatingBodyCode, @QueryParam("year") Integer year,
            @Parameter(description = "Only disputes that did not keep their time limit") @QueryParam("overdue")
            Boolean overdue, @Parameter(description = "Register number, court reference or subject")
            @QueryParam("q") String q, @BeanParam Listing listing, @Valid @BeanParam Paging paging) {
        return service.list(status, source, agencyCode, mediatingBodyCode, year, overdue, q, listing, paging);
    }

    @GET
    @Path("/disputes/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getDispute", summary = "Get a dispute with its meetings")
    public RestResponse<DisputeResponse> get(@PathParam("id") long id) {
        return Responses.found(service.find(id), DisputeResponse::version, "Dispute", id);
    }

    @POST
    @Path("/disputes")
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "createDispute", summary = "Register a dispute entrusted by the court or received directly")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DisputeResponse.class)))
    public RestResponse<DisputeResponse> create(@Valid @NotNull DisputeInput body) {
        DisputeResponse created = service.create(body);
        return Responses.created(PATH, created.id(), created, DisputeResponse::version);
    }

    @PUT
    @Path("/disputes/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "updateDispute", summary = "Correct an open dispute's particulars")
    public RestResponse<DisputeResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DisputeInput body) {
        return Responses.ok(service.update(id, body, ifMatch), DisputeResponse::version);
    }

    @POST
    @Path("/disputes/{id}/start")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "startDispute", summary = "A mediating body takes the received dispute up (in progress)")
    public RestResponse<DisputeResponse> start(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DisputeStart body) {
        return Responses.ok(service.start(id, body, ifMatch), DisputeResponse::version);
    }

    @POST
    @Path("/disputes/{id}/meetings")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "addDisputeMeeting", summary = "Record a meeting held on a dispute in progress")
    public RestResponse<DisputeResponse> addMeeting(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MeetingInput body) {
        return Responses.ok(service.addMeeting(id, body, ifMatch), DisputeResponse::version);
    }

    @POST
    @Path("/disputes/{id}/resolve")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "resolveDispute", summary = "Close a dispute as resolved (撤诉, 和解, 调解协议); its case's "
            + "outcome becomes coordinated")
    public RestResponse<DisputeResponse> resolve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DisputeResolve body) {
        return Responses.ok(service.resolve(id, body, ifMatch), DisputeResponse::version);
    }

    @POST
    @Path("/disputes/{id}/return")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "returnDispute", summary = "Close a dispute as not resolved: returned to the court")
    public RestResponse<DisputeResponse> returnToCourt(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull DisputeReturn body) {
        return Responses.ok(service.returnToCourt(id, body, ifMatch), DisputeResponse::version);
    }

    @GET
    @Path("/figures")
    @Produces({MediaType.APPLICATION_JSON, Downloads.CSV, Workbooks.MEDIA_TYPE})
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.READER_NAME})
    @Operation(operationId = "getCoordinationFigures", summary = "The centre's figures for a year, quarter or month "
            + "(received, resolved, rate, overdue, by mediating body and agency), as JSON, CSV or Excel")
    @APIResponse(responseCode = "200", description = "The figures; the format follows the Accept header", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Figures.class)),
            @Content(mediaType = Downloads.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with a byte order mark, Chinese headers: the total, then per body and agency")),
            @Content(mediaType = Workbooks.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary"))})
    public Response figures(@QueryParam("year") Integer year, @QueryParam("quarter") Integer quarter,
            @QueryParam("month") Integer month, @Context HttpHeaders headers) {
        Period period = Period.of(year, quarter, month);
        Figures figures = service.figures(period);
        return Downloads.respond(headers, "协调化解中心统计-" + period.label(), figures,
                out -> CoordinationExport.csv(figures, out), out -> CoordinationExport.workbook(figures, out));
    }

    @GET
    @Path("/bodies")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listMediatingBodies", summary = "The mediating bodies (the configurable list)")
    public List<BodyResponse> bodies(
            @Parameter(description = "Include inactive bodies") @QueryParam("all") boolean all) {
        return service.bodies(all);
    }

    @POST
    @Path("/bodies")
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "createMediatingBody", summary = "Add a mediating body to the list")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BodyResponse.class)))
    public RestResponse<BodyResponse> createBody(@Valid @NotNull BodyInput body) {
        BodyResponse created = service.createBody(body);
        return Responses.created("/api/coordination/bodies", created.code(), created, BodyResponse::version);
    }

    @PUT
    @Path("/bodies/{code}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "updateMediatingBody", summary = "Rename a mediating body, change its kind, (de)activate it")
    public RestResponse<BodyResponse> updateBody(@PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull BodyInput body) {
        return Responses.ok(service.updateBody(code, body, ifMatch), BodyResponse::version);
    }
}
