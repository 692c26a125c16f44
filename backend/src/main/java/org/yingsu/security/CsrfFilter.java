package org.yingsu.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.yingsu.common.problem.Problem;

/**
 * Where the session cookie would authenticate a POST, PUT, PATCH or DELETE, the request must also carry the
 * session's CSRF token in {@code X-CSRF-Token}. A bearer token is not sent by browsers on their own, so requests
 * carrying one need no such proof; login creates the session and has none yet (its JSON body cannot be sent
 * cross-site without CORS allowing it).
 */
public class CsrfFilter {

    @ServerRequestFilter
    public Optional<Response> requireCsrfToken(ContainerRequestContext request) {
        if (!Csrf.unsafe(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getUriInfo().getPath().equals(AuthResource.LOGIN_PATH)) {
            return Optional.empty();
        }
        Cookie session = request.getCookies().get(Csrf.SESSION_COOKIE);
        if (session == null || session.getValue().isEmpty()
                || Csrf.matches(request.getHeaderString(Csrf.HEADER), session.getValue())) {
            return Optional.empty();
        }
        return Optional.of(Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:yingsu:problem:csrf", "Forbidden", 403,
                        "A change made with the session cookie must carry the session's " + Csrf.HEADER
                                + " header (see GET /api/auth/me)", null, null))
                .build());
    }
}
