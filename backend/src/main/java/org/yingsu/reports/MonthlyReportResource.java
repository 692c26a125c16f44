package org.yingsu.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.yingsu.reports.ReportDtos.Draft;
import org.yingsu.reports.ReportDtos.Reconciliation;
import org.yingsu.reports.ReportDtos.ReportResponse;
import org.yingsu.reports.ReportDtos.Submit;
import org.yingsu.security.Role;

@Path("/api/monthly-reports")
@Tag(name = "Monthly reports", description = "月报 and 与法院比对: agencies' monthly figures reconciled with the court's")
public class MonthlyReportResource {

    @Inject
    MonthlyReportService service;

    @GET
    @Path("/draft")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "draftMonthlyReport", summary = "The month's figures as the system counts them")
    public Draft draft(@QueryParam("agencyCode") @NotNull String agencyCode,
            @QueryParam("year") @NotNull @Min(1990) @Max(2100) Integer year,
            @QueryParam("month") @NotNull @Min(1) @Max(12) Integer month) {
        return service.draft(agencyCode, year, month);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "submitMonthlyReport",
            summary = "Submit a month's figures; a correction is a new revision, a submitted one never changes")
    public ReportResponse submit(@Valid @NotNull Submit body) {
        return service.submit(body);
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listMonthlyReports", summary = "List submitted reports and their revisions")
    public List<ReportResponse> list(@QueryParam("agencyCode") String agencyCode, @QueryParam("year") Integer year,
            @QueryParam("month") @Min(1) @Max(12) Integer month) {
        return service.list(agencyCode, year, month);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getMonthlyReport", summary = "Get a submitted report")
    public ReportResponse get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("/reconciliation")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "reconcileMonth", summary = "Every difference between declared figures, the system's "
            + "figures and the court's records for a month, and who has not reported")
    public Reconciliation reconcile(@QueryParam("year") @NotNull @Min(1990) @Max(2100) Integer year,
            @QueryParam("month") @NotNull @Min(1) @Max(12) Integer month,
            @QueryParam("agencyCode") String agencyCode) {
        return service.reconcile(year, month, agencyCode);
    }
}
