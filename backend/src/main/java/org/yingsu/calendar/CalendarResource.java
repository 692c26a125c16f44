package org.yingsu.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.yingsu.calendar.CalendarDtos.SubscriptionCreate;
import org.yingsu.calendar.CalendarDtos.SubscriptionResponse;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.security.Role;

@Path("/api/calendar")
@Tag(name = "Calendar", description = "iCalendar feeds of hearings for agencies and heads")
public class CalendarResource {

    @Inject
    CalendarService service;

    @POST
    @Path("/subscriptions")
    @ResponseStatus(201)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "createCalendarSubscription",
            summary = "Create a calendar feed for an agency or an official; its secret address is shown once")
    public SubscriptionResponse subscribe(@Valid @NotNull SubscriptionCreate body) {
        return service.subscribe(body);
    }

    @GET
    @Path("/subscriptions")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listCalendarSubscriptions", summary = "List calendar feeds (without their addresses)")
    public List<SubscriptionResponse> list(@QueryParam("agencyCode") String agencyCode) {
        return service.list(agencyCode);
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @ResponseStatus(204)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "revokeCalendarSubscription", summary = "Revoke a calendar feed; its address stops working")
    public void revoke(@PathParam("id") long id) {
        service.revoke(id);
    }

    /** Calendar apps cannot log in: the unguessable secret in the address is the credential. */
    @GET
    @PermitAll
    @Path("/feeds/{token}.ics")
    @Produces("text/calendar;charset=UTF-8")
    @Operation(operationId = "getCalendarFeed", summary = "The iCalendar feed at a subscription's secret address")
    public String feed(@PathParam("token") String token) {
        return service.feed(token).orElseThrow(() -> ProblemException.notFound("Calendar feed", "at this address"));
    }
}
