package org.yingsu.security;

import java.security.Principal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who is calling: a person logged in with a session, or a machine with an API token. {@link #getName()} is the
 * actor recorded in the audit trail. {@code court} is the court of a COURT token (null for the others, and for
 * COURT tokens made before tokens had one).
 */
public record Caller(Kind kind, long id, String username, String displayName, Role role, Long agencyId,
        String court, Long sessionId) implements Principal {

    @Schema(name = "CallerKind")
    public enum Kind {
        USER, TOKEN
    }

    @Override
    public String getName() {
        return kind == Kind.USER ? "user:" + username : "token:" + id;
    }
}
