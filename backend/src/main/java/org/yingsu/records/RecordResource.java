package org.yingsu.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yingsu.common.http.Downloads;
import org.yingsu.common.pdf.OfficialPdf;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.records.RecordDtos.OfficialRecord;
import org.yingsu.security.Role;

@Path("/api/officials/{code}/record")
@Tag(name = "Personal records", description = "述法: an official's year of appearing in court, for the annual report")
public class RecordResource {

    @Inject
    RecordService service;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getOfficialRecord", summary = "An official's personal record (述法) of a year: hearings "
            + "attended, the agency's unmet duties while in post, delegations, observations")
    public OfficialRecord get(@PathParam("code") String code,
            @QueryParam("year") @NotNull @Min(1990) @Max(2100) Integer year) {
        return find(code, year);
    }

    @GET
    @Path("/pdf")
    @Produces(OfficialPdf.MEDIA_TYPE)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getOfficialRecordPdf", summary = "The personal record (述法) of a year, as PDF")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(
            mediaType = OfficialPdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "A4, Chinese text in an embedded font")))
    public Response pdf(@PathParam("code") String code,
            @QueryParam("year") @NotNull @Min(1990) @Max(2100) Integer year) {
        OfficialRecord record = find(code, year);
        return Downloads.attachment(out -> RecordPdf.write(record, Shanghai.today(clock), out), OfficialPdf.MEDIA_TYPE,
                "述法材料-" + record.name() + "-" + record.year() + ".pdf");
    }

    private OfficialRecord find(String code, int year) {
        return service.record(code, year).orElseThrow(() -> ProblemException.notFound("Official", code));
    }
}
