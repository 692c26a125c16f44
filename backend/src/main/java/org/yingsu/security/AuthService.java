package org.yingsu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.security.SecurityDtos.Me;

@ApplicationScoped
@Transactional
public class AuthService {

    /** A new session: the secret goes into the cookie and is never stored. */
    public record Login(Caller caller, String secret, OffsetDateTime expiresAt) {
    }

    @Inject
    UserRepository users;

    @Inject
    SessionRepository sessions;

    @Inject
    AgencyScopes agencyScopes;

    /** Logins and logouts change no domain table; the audit trail records them from these events. */
    @Inject
    Event<SessionEvent> sessionEvents;

    @Inject
    SecurityConfig config;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    /** The same answer for an unknown user, a wrong password and a disabled account. */
    public Login login(String username, String password, String clientAddress) {
        UserAccount user = users.findByUsername(username).orElse(null);
        boolean matches = passwords.matches(password, user == null ? null : user.passwordHash);
        if (user == null || !matches || !user.enabled) {
            throw ProblemException.of(401, "invalid-credentials", "Unauthorized", "Wrong username or password");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        sessions.deleteExpired(now);
        UserSession session = new UserSession();
        String secret = Secrets.generate("yss_");
        session.user = user;
        session.secretHash = Secrets.sha256(secret);
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(config.session().lifetime());
        session.clientAddress = clientAddress;
        sessions.persist(session);
        sessions.flush();
        Caller caller = Credentials.of(user, session.id);
        sessionEvents.fire(new SessionEvent("LOGIN", caller.getName(), session.id, user.username));
        return new Login(caller, secret, session.expiresAt);
    }

    public void logout(Caller caller) {
        if (caller.sessionId() != null) {
            sessions.delete("id", caller.sessionId());
            sessionEvents.fire(new SessionEvent("LOGOUT", caller.getName(), caller.sessionId(), caller.username()));
        }
    }

    public Me me(Caller caller, String csrfToken) {
        // Worked out for this caller, not the request's: at login the request itself is still anonymous.
        List<String> visible = agencyScopes.codesOf(agencyScopes.visibleTo(caller)).values().stream()
                .sorted(Comparator.naturalOrder()).toList();
        return new Me(caller.kind(), caller.username(), caller.displayName(), caller.role(),
                agencyScopes.codeOf(caller.agencyId()), visible, csrfToken);
    }

    /** Ends the person's other sessions: whoever learned the old password is logged out. */
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        if (caller.kind() != Caller.Kind.USER) {
            throw ProblemException.forbidden("An API token has no password; revoke it and create another");
        }
        UserAccount user = users.findByIdOptional(caller.id())
                .orElseThrow(() -> ProblemException.notFound("User", caller.username()));
        if (!passwords.matches(currentPassword, user.passwordHash)) {
            throw ProblemException.invalid("currentPassword", "is not your current password");
        }
        Passwords.weakness(newPassword, user.username, config.minPasswordLength()).ifPresent(message -> {
            throw ProblemException.invalid("newPassword", message);
        });
        if (passwords.matches(newPassword, user.passwordHash)) {
            throw ProblemException.invalid("newPassword", "must differ from the current password");
        }
        user.passwordHash = passwords.hash(newPassword);
        user.passwordChangedAt = OffsetDateTime.now(clock);
        users.flush();
        sessions.endAllOf(user.id, caller.sessionId());
    }
}
