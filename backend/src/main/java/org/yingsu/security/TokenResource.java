package org.yingsu.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriBuilder;
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
import org.yingsu.common.problem.ProblemException;
import org.yingsu.security.SecurityDtos.TokenCreate;
import org.yingsu.security.SecurityDtos.TokenCreated;
import org.yingsu.security.SecurityDtos.TokenResponse;

@Path("/api/tokens")
@Tag(name = "API tokens", description = "Machines' credentials: a role, an optional agency, an expiry; revocable")
public class TokenResource {

    @Inject
    TokenService service;

    @POST
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "createToken", summary = "Create an API token; the answer holds its secret, shown once")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = TokenCreated.class)))
    public RestResponse<TokenCreated> create(@Valid @NotNull TokenCreate body) {
        TokenCreated created = service.create(body);
        return RestResponse.ResponseBuilder.<TokenCreated>created(
                        UriBuilder.fromPath("/api/tokens/{id}").build(created.token().id()))
                .entity(created).header("Cache-Control", "no-store").build();
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "listTokens", summary = "List API tokens (never their secrets)")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"createdAt", "-createdAt", "updatedAt",
            "-updatedAt", "id", "-id"}))
    public PageResult<TokenResponse> list(
            @QueryParam("includeInactive") @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                    description = "Also list revoked and expired tokens") boolean includeInactive,
            @BeanParam Listing listing, @Valid @BeanParam Paging paging) {
        return service.list(includeInactive, listing, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "getToken", summary = "Get an API token (never its secret)")
    public TokenResponse get(@PathParam("id") long id) {
        return service.find(id).orElseThrow(() -> ProblemException.notFound("Token", id));
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "revokeToken", summary = "Revoke an API token; it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") long id) {
        service.revoke(id);
    }
}
