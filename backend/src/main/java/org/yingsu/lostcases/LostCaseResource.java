package org.yingsu.lostcases;

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
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.http.Responses;
import org.yingsu.lostcases.LostCaseDtos.GuidanceOpinion;
import org.yingsu.lostcases.LostCaseDtos.LostCaseDraft;
import org.yingsu.lostcases.LostCaseDtos.LostCaseReportResponse;
import org.yingsu.lostcases.LostCaseDtos.LostCaseSubmission;
import org.yingsu.security.Role;

@Path("/api/lost-case-reports")
@Tag(name = "Lost-case reports", description = "败诉案件报告: for every decision changed the agency files a summary with "
        + "the effective judgment; the bureau answers with a guidance opinion")
public class LostCaseResource {

    private static final String ONE = "/{caseId}/{agencyCode}";

    @Inject
    LostCaseService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listLostCaseReports",
            summary = "List lost cases and their reports by agency, year concluded, status, overdue")
    public PageResult<LostCaseReportResponse> list(@QueryParam("agencyCode") String agencyCode,
            @QueryParam("year") Integer year, @QueryParam("status") LostCaseStatus status,
            @QueryParam("overdue") Boolean overdue, @Valid @BeanParam Paging paging) {
        return service.list(agencyCode, year, status, overdue, paging);
    }

    @GET
    @Path(ONE)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getLostCaseReport", summary = "Get one agency's lost case and its report")
    public RestResponse<LostCaseReportResponse> get(@PathParam("caseId") long caseId,
            @PathParam("agencyCode") String agencyCode) {
        return Responses.found(service.find(caseId, agencyCode), LostCaseReportResponse::version, "Lost case",
                caseId + "/" + agencyCode);
    }

    @PUT
    @Path(ONE)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "saveLostCaseDraft",
            summary = "Save the agency's summary before filing; creates the report the judgment is attached to")
    public RestResponse<LostCaseReportResponse> saveDraft(@PathParam("caseId") long caseId,
            @PathParam("agencyCode") String agencyCode, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LostCaseDraft body) {
        return Responses.ok(service.saveDraft(caseId, agencyCode, body, ifMatch), LostCaseReportResponse::version);
    }

    @POST
    @Path(ONE + "/submit")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "submitLostCaseReport",
            summary = "File the report: the written summary, with the effective judgment attached")
    public RestResponse<LostCaseReportResponse> submit(@PathParam("caseId") long caseId,
            @PathParam("agencyCode") String agencyCode, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LostCaseSubmission body) {
        return Responses.ok(service.submit(caseId, agencyCode, body, ifMatch), LostCaseReportResponse::version);
    }

    @POST
    @Path(ONE + "/guidance")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "answerLostCaseReport", summary = "The bureau's guidance opinion (指导意见) on a filed report")
    public RestResponse<LostCaseReportResponse> answer(@PathParam("caseId") long caseId,
            @PathParam("agencyCode") String agencyCode, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull GuidanceOpinion body) {
        return Responses.ok(service.answer(caseId, agencyCode, body, ifMatch), LostCaseReportResponse::version);
    }
}
