package org.yingsu.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.problem.RouteProblems;

/**
 * The one way in: {@code Authorization: Bearer <token>} for machines, the session cookie for people. A bearer
 * header wins over a cookie, so a script never acts with a browser's session by accident.
 */
@ApplicationScoped
public class YingsuAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String BEARER = "bearer";
    static final String SESSION = "session";
    private static final String BEARER_PREFIX = "Bearer ";

    @Inject
    ObjectMapper mapper;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
                return Uni.createFrom().failure(new AuthenticationFailedException(
                        "Only Authorization: Bearer is accepted"));
            }
            return authenticate(context, identityProviderManager,
                    authorization.substring(BEARER_PREFIX.length()).trim(), BEARER);
        }
        Cookie cookie = context.request().getCookie(Csrf.SESSION_COOKIE);
        if (cookie != null && !cookie.getValue().isEmpty()) {
            return authenticate(context, identityProviderManager, cookie.getValue(), SESSION);
        }
        return Uni.createFrom().optional(java.util.Optional.empty());
    }

    private static Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager manager,
            String secret, String type) {
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(secret, type));
        return manager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(),
                HttpHeaderNames.WWW_AUTHENTICATE, ProblemException.CHALLENGE));
    }

    /**
     * The challenge of the HTTP permissions, which guard paths outside the REST layer ({@code /q/metrics}): with the
     * same problem body a resource's 401 has, where Quarkus would send none.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, ProblemException.CHALLENGE);
        RouteProblems.answer(context, mapper, ProblemException.unauthenticated().problem());
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION,
                BEARER));
    }
}
