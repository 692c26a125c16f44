package org.yingsu.common.http;

import jakarta.ws.rs.core.EntityTag;
import org.yingsu.common.problem.ProblemException;

/** A resource's ETag is its version; {@code If-Match} protects an update against a lost update. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Passes when {@code ifMatch} is absent, {@code *}, or names the current version (weak or strong). */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("If-Match " + ifMatch + " does not match the current version \""
                + current + "\"; someone changed this record since you read it");
    }
}
