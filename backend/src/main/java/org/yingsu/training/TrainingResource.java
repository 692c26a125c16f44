package org.yingsu.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.http.Responses;
import org.yingsu.security.Role;
import org.yingsu.training.TrainingDtos.CoverageResponse;
import org.yingsu.training.TrainingDtos.RemindResult;
import org.yingsu.training.TrainingDtos.ReminderResponse;
import org.yingsu.training.TrainingDtos.TrainingAttendanceBody;
import org.yingsu.training.TrainingDtos.TrainingCreate;
import org.yingsu.training.TrainingDtos.TrainingInvite;
import org.yingsu.training.TrainingDtos.TrainingResponse;

@Path("/api/trainings")
@Tag(name = "Training", description = "出庭应诉培训: sessions with experienced judges, invitations, attendance")
public class TrainingResource {

    private static final String PATH = "/api/trainings";

    @Inject
    TrainingService service;

    @Inject
    TrainingReminders reminders;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listTrainings",
            summary = "List training sessions by year and invited agency (an agency: those it is invited to)")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"startsAt", "-startsAt", "updatedAt",
            "-updatedAt", "id", "-id"}))
    public PageResult<TrainingResponse> list(@QueryParam("year") Integer year,
            @QueryParam("agencyCode") String agencyCode, @BeanParam Listing listing, @Valid @BeanParam Paging paging) {
        return service.list(year, agencyCode, listing, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getTraining", summary = "Get a training session with its invitees")
    public RestResponse<TrainingResponse> get(@PathParam("id") long id) {
        return Responses.found(service.find(id), TrainingResponse::version, "Training session", id);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "createTraining", summary = "Schedule a training session")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TrainingResponse.class)))
    public RestResponse<TrainingResponse> create(@Valid @NotNull TrainingCreate body) {
        TrainingResponse created = service.create(body);
        return Responses.created(PATH, created.id(), created, TrainingResponse::version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "updateTraining",
            summary = "Change a session's topic, speaker, time, place or notes (its time only until attendance)")
    public RestResponse<TrainingResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TrainingCreate body) {
        return Responses.ok(service.update(id, body, ifMatch), TrainingResponse::version);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteTraining", summary = "Remove a session scheduled in error (no attendance recorded)")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }

    @POST
    @Path("/{id}/invitations")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "inviteToTraining",
            summary = "Invite the heads of agencies (in post on the session's date) and named officials")
    public RestResponse<TrainingResponse> invite(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TrainingInvite body) {
        return Responses.ok(service.invite(id, body, ifMatch), TrainingResponse::version);
    }

    @DELETE
    @Path("/{id}/invitations/{officialCode}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "withdrawTrainingInvitation",
            summary = "Withdraw an invitation whose attendance is not recorded")
    public RestResponse<TrainingResponse> withdraw(@PathParam("id") long id,
            @PathParam("officialCode") String officialCode, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.withdraw(id, officialCode, ifMatch), TrainingResponse::version);
    }

    @PUT
    @Path("/{id}/attendance")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "recordTrainingAttendance",
            summary = "Record which invitees attended, on or after the session's date")
    public RestResponse<TrainingResponse> recordAttendance(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TrainingAttendanceBody body) {
        return Responses.ok(service.recordAttendance(id, body, ifMatch), TrainingResponse::version);
    }

    @GET
    @Path("/coverage")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getTrainingCoverage",
            summary = "Per agency the share of its heads trained in the year (an agency: its own)")
    public CoverageResponse coverage(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("agencyCode") String agencyCode) {
        return service.coverage(year, agencyCode);
    }

    @GET
    @Path("/reminders")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listTrainingReminders",
            summary = "Coming sessions within the reminder days, per agency, with the invitees not yet recorded")
    public List<ReminderResponse> reminders() {
        return service.reminders();
    }

    @POST
    @Path("/reminders/send")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "sendTrainingReminders",
            summary = "Remind now the agencies not yet reminded (the scheduled job does this too)")
    public RemindResult sendReminders() {
        return reminders.remind();
    }
}
