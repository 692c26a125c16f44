package org.yingsu.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks a bearer token or a session up in the database; an unknown, expired or revoked one is a 401. The metrics
 * token ({@code YINGSU_METRICS_TOKEN}), when configured, is a bearer token for {@code /q/metrics} alone: its role
 * {@code METRICS} is allowed by no API operation.
 */
@ApplicationScoped
public class YingsuIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** The role of the metrics token; only the /q/metrics permission (application.properties) names it. */
    static final String METRICS_ROLE = "METRICS";

    @Inject
    Credentials credentials;

    @ConfigProperty(name = "yingsu.metrics-token")
    Optional<String> metricsToken;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        boolean session = YingsuAuthenticationMechanism.SESSION.equals(request.getToken().getType());
        if (!session && isMetricsToken(secret)) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("metrics")).addRole(METRICS_ROLE)
                    .addCredential(request.getToken()).build());
        }
        return context.runBlocking(() -> {
            Optional<Caller> caller = session ? credentials.bySession(secret) : credentials.byToken(secret);
            // The same answer for unknown, expired and revoked: a guesser learns nothing.
            Caller found = caller.orElseThrow(() -> new AuthenticationFailedException(
                    session ? "The session has ended; log in again" : "The token is not valid"));
            return QuarkusSecurityIdentity.builder().setPrincipal(found).addRole(found.role().name())
                    .addCredential(request.getToken()).build();
        });
    }

    private boolean isMetricsToken(String secret) {
        return metricsToken.map(String::trim)
                .filter(token -> token.length() >= FirstStart.MIN_CONFIGURED_TOKEN_LENGTH)
                .map(token -> Secrets.same(token, secret)).orElse(false);
    }
}
