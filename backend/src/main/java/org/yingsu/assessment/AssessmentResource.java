package org.yingsu.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.yingsu.assessment.AssessmentDtos.Assessment;
import org.yingsu.assessment.AssessmentDtos.PointsChange;
import org.yingsu.assessment.AssessmentDtos.PointsResponse;
import org.yingsu.assessment.AssessmentDtos.PointsUpdate;
import org.yingsu.common.export.Workbooks;
import org.yingsu.common.http.Downloads;
import org.yingsu.common.http.Responses;
import org.yingsu.security.Role;

@Path("/api/assessment")
@Tag(name = "Assessment", description = "考核: points deducted per agency and year for unjustified absences (R7)")
public class AssessmentResource {

    @Inject
    AssessmentService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Downloads.CSV, Workbooks.MEDIA_TYPE})
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.READER_NAME})
    @Operation(operationId = "getAssessment", summary = "Every agency's deducted points in a year with each cause "
            + "(case, court, hearings), as JSON, CSV or Excel")
    @APIResponse(responseCode = "200", description = "The assessment; the format follows the Accept header", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Assessment.class)),
            @Content(mediaType = Downloads.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with a byte order mark, Chinese headers, one row per agency")),
            @Content(mediaType = Workbooks.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary"))})
    public Response assessment(
            @Parameter(description = "Calendar year (Asia/Shanghai)", required = true)
            @QueryParam("year") @NotNull @Min(1990) @Max(2100) Integer year,
            @Parameter(description = "Only this agency") @QueryParam("agencyCode") String agencyCode,
            @Context HttpHeaders headers) {
        String agency = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.trim();
        Assessment assessment = service.assessment(year, agency);
        return Downloads.respond(headers, "考核扣分-" + year, assessment,
                out -> AssessmentExport.csv(assessment, out), out -> AssessmentExport.workbook(assessment, out));
    }

    @GET
    @Path("/points/{year}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.READER_NAME})
    @Operation(operationId = "getAssessmentPoints", summary = "The points deducted per unjustified absence in a year")
    public RestResponse<PointsResponse> points(@PathParam("year") @Min(1990) @Max(2100) int year) {
        return Responses.ok(service.points(year), PointsResponse::version);
    }

    @GET
    @Path("/points/{year}/changes")
    @RolesAllowed({Role.ADMIN_NAME, Role.READER_NAME})
    @Operation(operationId = "listAssessmentPointsChanges", summary = "Every change of a year's points per "
            + "unjustified absence (who, when, old → new), the latest first")
    public List<PointsChange> pointsChanges(@PathParam("year") @Min(1990) @Max(2100) int year) {
        return service.pointsChanges(year);
    }

    @PUT
    @Path("/points/{year}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "setAssessmentPoints", summary = "Set the points deducted per unjustified absence in a "
            + "year; the figures' assessmentDeduction of that year follows")
    public RestResponse<PointsResponse> setPoints(@PathParam("year") @Min(1990) @Max(2100) int year,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PointsUpdate body) {
        return Responses.ok(service.setPoints(year, body, ifMatch), PointsResponse::version);
    }
}
