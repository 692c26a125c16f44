package org.yingsu.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.yingsu.common.problem.Problem;
import org.yingsu.security.SecurityDtos.LoginRequest;
import org.yingsu.security.SecurityDtos.Me;
import org.yingsu.security.SecurityDtos.PasswordChange;

@Path("/api/auth")
@Tag(name = "Authentication", description = "登录: people log in for a session cookie; machines send a Bearer token")
public class AuthResource {

    static final String LOGIN_PATH = "/api/auth/login";

    @Inject
    AuthService service;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityIdentity identity;

    @Inject
    SecurityConfig config;

    @POST
    @Path("/login")
    @PermitAll
    @Operation(operationId = "login", summary = "Log in with a username and password; sets the session cookie")
    @APIResponse(responseCode = "200", description = "Logged in; the body says who, with the CSRF token",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this account or from this address: "
            + "Retry-After says how many seconds to wait before the password is checked again", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response login(@Valid @NotNull LoginRequest body, @Context HttpServerRequest request) {
        String username = UserRepository.normalize(body.username());
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Optional<Duration> wait = throttle.retryAfter(username, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", seconds)
                    .entity(new Problem("urn:yingsu:problem:too-many-attempts", "Too Many Requests", 429,
                            "Too many failed logins for this account or from this address; try again in "
                                    + seconds + " seconds", null, null))
                    .build();
        }
        AuthService.Login login = service.login(username, body.password(), address);
        Me me = service.me(login.caller(), Csrf.tokenFor(login.secret()));
        return Response.ok(me).cookie(sessionCookie(login.secret(), config.session().lifetime())).build();
    }

    @POST
    @Path("/logout")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME, Role.READER_NAME})
    @ResponseStatus(204)
    @Operation(operationId = "logout", summary = "End this session and clear its cookie (no effect for a token)")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Response logout() {
        service.logout(caller());
        return Response.noContent().cookie(sessionCookie("", Duration.ZERO)).build();
    }

    @GET
    @Path("/me")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME, Role.READER_NAME})
    @Operation(operationId = "getMe", summary = "Who is calling: role, agency, the agencies visible, the CSRF token")
    public Me me() {
        TokenCredential credential = identity.getCredential(TokenCredential.class);
        String csrf = credential != null && YingsuAuthenticationMechanism.SESSION.equals(credential.getType())
                ? Csrf.tokenFor(credential.getToken()) : null;
        return service.me(caller(), csrf);
    }

    @PUT
    @Path("/password")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME, Role.READER_NAME})
    @ResponseStatus(204)
    @Operation(operationId = "changePassword", summary = "Change your own password; your other sessions end")
    @APIResponse(responseCode = "204", description = "Changed")
    public void changePassword(@Valid @NotNull PasswordChange body) {
        service.changePassword(caller(), body.currentPassword(), body.newPassword());
    }

    private Caller caller() {
        return (Caller) identity.getPrincipal();
    }

    /** HttpOnly: scripts never see it. SameSite=Strict: other sites never make the browser send it. */
    private NewCookie sessionCookie(String value, Duration maxAge) {
        return new NewCookie.Builder(Csrf.SESSION_COOKIE).value(value).path("/api").httpOnly(true)
                .secure(config.session().secureCookie()).sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) maxAge.toSeconds()).build();
    }
}
