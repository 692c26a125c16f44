package org.yingsu.security;

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
import org.yingsu.security.SecurityDtos.PasswordReset;
import org.yingsu.security.SecurityDtos.UserCreate;
import org.yingsu.security.SecurityDtos.UserResponse;
import org.yingsu.security.SecurityDtos.UserUpdate;

@Path("/api/users")
@Tag(name = "Users", description = "People's accounts: bureau staff, agency users, court clerks, readers")
public class UserResource {

    private static final String PATH = "/api/users";

    @Inject
    UserService service;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "listUsers", summary = "List accounts, by role or agency")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"username", "-username", "updatedAt",
            "-updatedAt", "id", "-id"}))
    public PageResult<UserResponse> list(@QueryParam("role") Role role, @QueryParam("agencyCode") String agencyCode,
            @BeanParam Listing listing, @Valid @BeanParam Paging paging) {
        return service.list(role, agencyCode, listing, paging);
    }

    @GET
    @Path("/{username}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "getUser", summary = "Get an account")
    public RestResponse<UserResponse> get(@PathParam("username") String username) {
        return Responses.found(service.find(username), UserResponse::version, "User", username);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "createUser", summary = "Create an account with its first password")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = UserResponse.class)))
    public RestResponse<UserResponse> create(@Valid @NotNull UserCreate body) {
        UserResponse created = service.create(body);
        return Responses.created(PATH, created.username(), created, UserResponse::version);
    }

    @PUT
    @Path("/{username}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "updateUser", summary = "Change an account's name, role, agency, or disable it")
    public RestResponse<UserResponse> update(@PathParam("username") String username,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull UserUpdate body) {
        return Responses.ok(service.update(username, body, ifMatch), UserResponse::version);
    }

    @PUT
    @Path("/{username}/password")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "resetUserPassword", summary = "Set a new password for an account; its sessions end")
    @APIResponse(responseCode = "204", description = "Reset")
    public void resetPassword(@PathParam("username") String username, @Valid @NotNull PasswordReset body) {
        service.resetPassword(username, body.newPassword());
    }

    @DELETE
    @Path("/{username}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteUser", summary = "Delete an account; its sessions end")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("username") String username) {
        service.delete(username);
    }
}
