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
import java.util.Objects;
import java.util.Optional;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.security.SecurityDtos.UserCreate;
import org.yingsu.security.SecurityDtos.UserResponse;
import org.yingsu.security.SecurityDtos.UserUpdate;

@ApplicationScoped
@Transactional
public class UserService {

    @Inject
    UserRepository users;

    @Inject
    SessionRepository sessions;

    @Inject
    AgencyScopes agencyScopes;

    @Inject
    SecurityConfig config;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    public PageResult<UserResponse> list(Role role, String agencyCode, Listing listing, Paging paging) {
        StringBuilder query = new StringBuilder("from UserAccount u where 1 = 1");
        Parameters parameters = new Parameters();
        if (role != null) {
            query.append(" and u.role = :role");
            parameters.and("role", role);
        }
        if (agencyCode != null) {
            // An unknown code has no accounts.
            query.append(" and u.agencyId = :agencyId");
            parameters.and("agencyId", agencyScopes.idOf(agencyCode).orElse(-1L));
        }
        listing.restrict(query, parameters, "u");
        var found = users.find(query.toString(), listing.order("u", Sort.by("u.username")), parameters)
                .page(Page.of(paging.page, paging.size));
        List<UserAccount> page = found.list();
        Map<Long, String> codes = agencyScopes.codesOf(page.stream().map(u -> u.agencyId).toList());
        return new PageResult<>(page.stream().map(u -> UserResponse.of(u, codes.get(u.agencyId))).toList(),
                paging.page, paging.size, found.count());
    }

    public Optional<UserResponse> find(String username) {
        return users.findByUsername(username).map(this::response);
    }

    public UserResponse create(UserCreate body) {
        return insert(body, true);
    }

    private UserResponse insert(UserCreate body, boolean checkPassword) {
        UserAccount user = new UserAccount();
        user.username = UserRepository.normalize(body.username());
        if (checkPassword) {
            checkPassword(body.password(), user.username, "password");
        }
        user.displayName = body.displayName().trim();
        user.role = body.role();
        user.agencyId = agencyScopes.agencyFor(body.role(), body.agencyCode());
        user.passwordHash = passwords.hash(body.password());
        user.passwordChangedAt = OffsetDateTime.now(clock);
        users.persist(user);
        users.flush();
        return response(user);
    }

    /** Changing the role, the agency or disabling the account ends its sessions: they carried the old rights. */
    public UserResponse update(String username, UserUpdate body, String ifMatch) {
        UserAccount user = require(username);
        ETags.checkIfMatch(ifMatch, user.version);
        Long agencyId = agencyScopes.agencyFor(body.role(), body.agencyCode());
        boolean rightsChange = user.role != body.role() || !body.enabled() || !Objects.equals(user.agencyId, agencyId);
        if (user.role == Role.ADMIN && (body.role() != Role.ADMIN || !body.enabled())) {
            requireAnotherAdmin(user);
        }
        user.displayName = body.displayName().trim();
        user.role = body.role();
        user.agencyId = agencyId;
        user.enabled = body.enabled();
        users.flush();
        if (rightsChange) {
            sessions.endAllOf(user.id, null);
        }
        return response(user);
    }

    /** The bureau resets a forgotten password; the person's sessions end. */
    public void resetPassword(String username, String newPassword) {
        UserAccount user = require(username);
        checkPassword(newPassword, user.username, "newPassword");
        user.passwordHash = passwords.hash(newPassword);
        user.passwordChangedAt = OffsetDateTime.now(clock);
        users.flush();
        sessions.endAllOf(user.id, null);
    }

    public void delete(String username) {
        UserAccount user = require(username);
        if (user.role == Role.ADMIN) {
            requireAnotherAdmin(user);
        }
        users.delete(user);
        users.flush();
    }

    /** Start-up: creates an account unless its username exists; says whether it did. */
    public boolean createIfAbsent(String username, String displayName, Role role, String agencyCode,
            String password) {
        return createIfAbsent(new UserCreate(username, displayName, role, agencyCode, password), true);
    }

    /**
     * The demo's accounts, whose password is published in the README on purpose: the policy that keeps passwords
     * hard to guess cannot apply to it. Only the demo load calls this, for the demo district it has just loaded.
     */
    public boolean createWithPublishedPasswordIfAbsent(String username, String displayName, Role role,
            String agencyCode, String password) {
        return createIfAbsent(new UserCreate(username, displayName, role, agencyCode, password), false);
    }

    private boolean createIfAbsent(UserCreate body, boolean checkPassword) {
        if (users.findByUsername(body.username()).isPresent()) {
            return false;
        }
        insert(body, checkPassword);
        return true;
    }

    public boolean anyEnabledAdmin() {
        return users.count("role = ?1 and enabled = true", Role.ADMIN) > 0;
    }

    private UserAccount require(String username) {
        return users.findByUsername(username).orElseThrow(() -> ProblemException.notFound("User", username));
    }

    /** The bureau must not lock itself out of its own system. */
    private void requireAnotherAdmin(UserAccount user) {
        if (users.count("role = ?1 and enabled = true and id <> ?2", Role.ADMIN, user.id) == 0) {
            throw ProblemException.conflict("User " + user.username
                    + " is the last enabled ADMIN; make another account ADMIN first");
        }
    }

    private void checkPassword(String password, String username, String field) {
        Passwords.weakness(password, username, config.minPasswordLength()).ifPresent(message -> {
            throw ProblemException.invalid(field, message);
        });
    }

    private UserResponse response(UserAccount user) {
        return UserResponse.of(user, agencyScopes.codeOf(user.agencyId));
    }
}
