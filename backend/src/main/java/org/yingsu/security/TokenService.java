package org.yingsu.security;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.security.SecurityDtos.TokenCreate;
import org.yingsu.security.SecurityDtos.TokenCreated;
import org.yingsu.security.SecurityDtos.TokenResponse;

@ApplicationScoped
@Transactional
public class TokenService {

    static final String PREFIX = "ysk_";
    private static final int HINT_LENGTH = 8;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AgencyScopes agencyScopes;

    @Inject
    CallerScope callers;

    @Inject
    Clock clock;

    public TokenCreated create(TokenCreate body) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!body.expiresAt().isAfter(now)) {
            throw ProblemException.invalid("expiresAt", "must be in the future");
        }
        String secret = Secrets.generate(PREFIX);
        ApiToken token = new ApiToken();
        token.name = body.name().trim();
        token.role = body.role();
        token.agencyId = agencyScopes.agencyFor(body.role(), body.agencyCode());
        token.court = courtFor(body.role(), body.court());
        token.expiresAt = body.expiresAt();
        token.secretHash = Secrets.sha256(secret);
        token.hint = secret.substring(0, PREFIX.length() + HINT_LENGTH);
        token.createdBy = callers.current().actor();
        tokens.persist(token);
        tokens.flush();
        return new TokenCreated(TokenResponse.of(token, agencyScopes.codeOf(token.agencyId), now), secret);
    }

    /** A COURT token names its court; the other roles are not scoped by court. */
    private static String courtFor(Role role, String court) {
        boolean given = court != null && !court.isBlank();
        if (role == Role.COURT && !given) {
            throw ProblemException.invalid("court", "is required for the COURT role");
        }
        if (role != Role.COURT && given) {
            throw ProblemException.invalid("court", "only the COURT role is scoped to a court");
        }
        return given ? court.trim() : null;
    }

    /** Shown in the token list and as the caller's name; the clerk reads it, so it is Chinese. */
    static final String BOOTSTRAP_NAME = "启动时配置的管理员令牌";

    /** Start-up: {@code YINGSU_BOOTSTRAP_ADMIN_TOKEN} is an ADMIN token for as long as it is configured. */
    public void ensureBootstrapToken(String secret) {
        String hash = Secrets.sha256(secret);
        Optional<ApiToken> existing = tokens.findBySecretHash(hash);
        if (existing.isPresent()) {
            ApiToken token = existing.get();
            token.revokedAt = null;
            token.expiresAt = null;
            token.role = Role.ADMIN;
            token.agencyId = null;
            token.court = null;
            token.name = BOOTSTRAP_NAME;
            return;
        }
        ApiToken token = new ApiToken();
        token.name = BOOTSTRAP_NAME;
        token.role = Role.ADMIN;
        token.secretHash = hash;
        token.hint = secret.substring(0, Math.min(4, secret.length())) + "…";
        token.createdBy = "system";
        tokens.persist(token);
    }

    public PageResult<TokenResponse> list(boolean includeInactive, Listing listing, Paging paging) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        StringBuilder where = new StringBuilder("from ApiToken t where 1 = 1");
        Parameters parameters = new Parameters();
        if (!includeInactive) {
            where.append(" and t.revokedAt is null and (t.expiresAt is null or t.expiresAt > :now)");
            parameters.and("now", now);
        }
        listing.restrict(where, parameters, "t");
        var query = tokens.find(where.toString(), listing.order("t", Sort.descending("t.id")), parameters);
        query.page(Page.of(paging.page, paging.size));
        List<ApiToken> page = query.list();
        Map<Long, String> codes = agencyScopes.codesOf(page.stream().map(t -> t.agencyId).toList());
        return new PageResult<>(page.stream().map(t -> TokenResponse.of(t, codes.get(t.agencyId), now)).toList(),
                paging.page, paging.size, query.count());
    }

    public Optional<TokenResponse> find(long id) {
        return tokens.findByIdOptional(id)
                .map(t -> TokenResponse.of(t, agencyScopes.codeOf(t.agencyId), OffsetDateTime.now(clock)));
    }

    /** Revoking twice is harmless: the first revocation time stays. */
    public void revoke(long id) {
        ApiToken token = tokens.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Token", id));
        if (token.revokedAt == null) {
            token.revokedAt = OffsetDateTime.now(clock);
            tokens.flush();
        }
    }
}
