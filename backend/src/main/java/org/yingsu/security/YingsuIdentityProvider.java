package org.yingsu.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Looks a bearer token or a session up in the database; an unknown, expired or revoked one is a 401. */
@ApplicationScoped
public class YingsuIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    Credentials credentials;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        boolean session = YingsuAuthenticationMechanism.SESSION.equals(request.getToken().getType());
        return context.runBlocking(() -> {
            Optional<Caller> caller = session ? credentials.bySession(secret) : credentials.byToken(secret);
            // The same answer for unknown, expired and revoked: a guesser learns nothing.
            Caller found = caller.orElseThrow(() -> new AuthenticationFailedException(
                    session ? "The session has ended; log in again" : "The token is not valid"));
            return QuarkusSecurityIdentity.builder().setPrincipal(found).addRole(found.role().name())
                    .addCredential(request.getToken()).build();
        });
    }
}
