package org.yingsu.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yingsu.common.http.Downloads;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.security.Role;

@Path("/api/metrics")
@Tag(name = "Metrics", description = "出庭应诉统计: the compliance figures (docs/domain.md §4)")
public class MetricsResource {

    static final String CSV = Downloads.CSV;
    private static final int MAX_YEARS = 50;

    @Inject
    MetricsService service;

    @GET
    @Path("/compliance")
    @Produces({MediaType.APPLICATION_JSON, CSV, ComplianceWorkbookWriter.MEDIA_TYPE})
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.READER_NAME})
    @Operation(operationId = "getCompliance",
            summary = "Compliance figures per agency and group for a year, quarter or month, as JSON, CSV or Excel")
    @APIResponse(responseCode = "200", description = "The figures; the format follows the Accept header", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceReport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with a byte order mark, Chinese headers")),
            @Content(mediaType = ComplianceWorkbookWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary"))})
    public Response compliance(
            @Parameter(description = "Calendar year (Asia/Shanghai)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, example = "2022")) @QueryParam("year") String year,
            @Parameter(description = "1–4, to narrow to a quarter", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("quarter") String quarter,
            @Parameter(description = "1–12, to narrow to a month", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("month") String month,
            @Parameter(description = "FIRST_INSTANCE (default), SECOND_INSTANCE, RETRIAL or ALL",
                    schema = @Schema(implementation = TrialLevelFilter.class))
            @QueryParam("trialLevel") String trialLevel,
            @Parameter(description = "Only this agency") @QueryParam("agencyCode") String agencyCode,
            @Context HttpHeaders headers) {
        Query query = query(year, quarter, month, trialLevel, agencyCode, null);
        Period period = query.period();
        ComplianceReport report = service.compliance(period, query.level(), query.agencyCode());
        return Downloads.respond(headers, "出庭应诉统计-" + period.label(), report,
                out -> ComplianceCsvWriter.write(report, out), out -> ComplianceWorkbookWriter.write(report, out));
    }

    @GET
    @Path("/absences")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.READER_NAME})
    @Operation(operationId = "listAbsences",
            summary = "The cases heard without the agency's head in a period, each classed and with its hearings")
    public List<Absence> absences(
            @Parameter(description = "Calendar year (Asia/Shanghai)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, example = "2022")) @QueryParam("year") String year,
            @Parameter(description = "1–4, to narrow to a quarter", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("quarter") String quarter,
            @Parameter(description = "1–12, to narrow to a month", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("month") String month,
            @Parameter(description = "FIRST_INSTANCE (default), SECOND_INSTANCE, RETRIAL or ALL",
                    schema = @Schema(implementation = TrialLevelFilter.class))
            @QueryParam("trialLevel") String trialLevel,
            @Parameter(description = "Only this agency") @QueryParam("agencyCode") String agencyCode,
            @Parameter(description = "Only absences of this class", schema = @Schema(implementation = AbsenceClass.class))
            @QueryParam("absenceClass") String absenceClass) {
        Query query = query(year, quarter, month, trialLevel, agencyCode, absenceClass);
        return service.absences(query.period(), query.level(), query.agencyCode()).stream()
                .filter(a -> query.absenceClass() == null || a.absenceClass() == query.absenceClass())
                .toList();
    }

    @GET
    @Path("/duties")
    @Produces({MediaType.APPLICATION_JSON, CSV, ComplianceWorkbookWriter.MEDIA_TYPE})
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.READER_NAME})
    @Operation(operationId = "listDuties",
            summary = "The duties of a period behind the case figures (casesHeard, casesHeardWithHead, the absences), "
                    + "each with its result, as JSON, CSV or Excel")
    @APIResponse(responseCode = "200", description = "The duties; the format follows the Accept header", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = HeardDuty.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with a byte order mark, Chinese headers")),
            @Content(mediaType = ComplianceWorkbookWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary"))})
    public Response duties(
            @Parameter(description = "Calendar year (Asia/Shanghai)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, example = "2022")) @QueryParam("year") String year,
            @Parameter(description = "1–4, to narrow to a quarter", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("quarter") String quarter,
            @Parameter(description = "1–12, to narrow to a month", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("month") String month,
            @Parameter(description = "FIRST_INSTANCE (default), SECOND_INSTANCE, RETRIAL or ALL",
                    schema = @Schema(implementation = TrialLevelFilter.class))
            @QueryParam("trialLevel") String trialLevel,
            @Parameter(description = "Only this agency") @QueryParam("agencyCode") String agencyCode,
            @Parameter(description = "Only duties with this result", schema = @Schema(implementation = DutyResult.class))
            @QueryParam("result") DutyResult result,
            @Parameter(description = "true: only the duties met by the head; false: only the absences",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("met") Boolean met,
            @Parameter(description = "true: only cases of a mandatory category (R2)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("mandatory") Boolean mandatory,
            @Context HttpHeaders headers) {
        // result, met and mandatory are typed: QueryParameters refuses a value of another kind, naming it.
        Query query = query(year, quarter, month, trialLevel, agencyCode, null);
        List<HeardDuty> duties = service.duties(query.period(), query.level(), query.agencyCode()).stream()
                .filter(d -> result == null || d.result() == result)
                .filter(d -> met == null || d.result().met() == met)
                .filter(d -> !Boolean.TRUE.equals(mandatory) || d.mandatory())
                .toList();
        return Downloads.respond(headers, "应诉案件明细-" + query.period().label(), duties,
                out -> DutyExport.csv(duties, out), out -> DutyExport.workbook(duties, out));
    }

    @GET
    @Path("/agencies/{code}/years")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.READER_NAME})
    @Operation(operationId = "getAgencyYears", summary = "An agency's yearly figures, each against the year before")
    public AgencyYearSeries years(@PathParam("code") String code,
            @Parameter(description = "First year; defaults to four years before `to`",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("from") String from,
            @Parameter(description = "Last year; defaults to this year (Asia/Shanghai)",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("to") String to,
            @Parameter(description = "FIRST_INSTANCE (default), SECOND_INSTANCE, RETRIAL or ALL",
                    schema = @Schema(implementation = TrialLevelFilter.class))
            @QueryParam("trialLevel") String trialLevel) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer toYear = integer("to", to, errors);
        Integer fromYear = integer("from", from, errors);
        TrialLevelFilter level = level(trialLevel, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        int last = toYear != null ? toYear : Shanghai.today(Clock.systemUTC()).getYear();
        int first = fromYear != null ? fromYear : last - 4;
        if (first < Period.MIN_YEAR || first > Period.MAX_YEAR) {
            errors.add(new Problem.FieldError("from", "must be between " + Period.MIN_YEAR + " and " + Period.MAX_YEAR));
        }
        if (last < Period.MIN_YEAR || last > Period.MAX_YEAR) {
            errors.add(new Problem.FieldError("to", "must be between " + Period.MIN_YEAR + " and " + Period.MAX_YEAR));
        }
        if (errors.isEmpty() && first > last) {
            errors.add(new Problem.FieldError("from", "must not be after to"));
        }
        if (errors.isEmpty() && last - first >= MAX_YEARS) {
            errors.add(new Problem.FieldError("from", "at most " + MAX_YEARS + " years at a time"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return service.years(code, first, last, level);
    }

    /** A request's period and filters, checked together so one answer names every bad parameter. */
    private record Query(Period period, TrialLevelFilter level, String agencyCode, AbsenceClass absenceClass) {
    }

    private static Query query(String year, String quarter, String month, String trialLevel, String agencyCode,
            String absenceClass) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer y = integer("year", year, errors);
        Integer q = integer("quarter", quarter, errors);
        Integer m = integer("month", month, errors);
        TrialLevelFilter level = level(trialLevel, errors);
        AbsenceClass only = null;
        if (absenceClass != null && !absenceClass.isBlank()) {
            try {
                only = AbsenceClass.valueOf(absenceClass.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("absenceClass",
                        "must be one of " + java.util.Arrays.toString(AbsenceClass.values())));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String agency = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.trim();
        return new Query(Period.of(y, q, m), level, agency, only);
    }

    private static Integer integer(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a whole number"));
            return null;
        }
    }

    private static TrialLevelFilter level(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return TrialLevelFilter.FIRST_INSTANCE;
        }
        try {
            return TrialLevelFilter.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("trialLevel",
                    "must be one of " + java.util.Arrays.toString(TrialLevelFilter.values())));
            return null;
        }
    }
}
