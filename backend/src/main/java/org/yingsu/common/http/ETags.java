package org.yingsu.common.http;

import jakarta.ws.rs.core.EntityTag;
import org.yingsu.common.problem.ProblemException;

/**
 * A resource's ETag is its version, always a strong validator; {@code If-Match} protects an update against a lost
 * update ({@link UpdatePreconditions} makes it required on every PUT and PATCH of a versioned resource) and
 * {@code If-None-Match} lets a reader revalidate what it holds ({@link VersionTags} answers 304).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Passes when {@code ifMatch} is absent (only a POST action can get here without one), {@code *}, or names the
     * current version with a strong tag: RFC 9110 §13.1.1 compares If-Match strongly, so {@code W/"3"} never matches.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.startsWith("W/")) {
                continue;
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.equals(current)) {
                return;
            }
        }
        String weak = ifMatch.contains("W/") ? " (a weak tag W/\"…\" never matches an If-Match: send the ETag as "
                + "it was given)" : "";
        throw ProblemException.preconditionFailed("If-Match " + ifMatch + " does not match the current version \""
                + current + "\"" + weak + "; someone changed this record since you read it, or the tag is not "
                + "the one a GET gave. Nothing was changed.");
    }

    /**
     * Whether {@code ifNoneMatch} names {@code etag} (or is {@code *}): the weak comparison RFC 9110 §13.1.2 asks for,
     * so {@code W/"3"} matches version 3 here.
     */
    static boolean noneMatchHits(String ifNoneMatch, EntityTag etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String value = tag.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.equals(etag.getValue())) {
                return true;
            }
        }
        return false;
    }
}
