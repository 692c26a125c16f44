package org.yingsu.common.problem;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown anywhere below a resource to answer with a problem; nothing of the request has been committed. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException of(int status, String slug, String title, String detail) {
        return new ProblemException(new Problem("urn:yingsu:problem:" + slug, title, status, detail, null, null));
    }

    public static ProblemException notFound(String what, Object key) {
        return of(404, "not-found", "Not found", what + " " + key + " does not exist");
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(new Problem("urn:yingsu:problem:validation", "Invalid request", 400,
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " values are invalid",
                null, List.copyOf(errors)));
    }

    /** A request that is well formed but breaks a rule of the domain (docs/domain.md §3). */
    public static ProblemException ruleBroken(String field, String message) {
        return ruleBroken(List.of(new Problem.FieldError(field, message)));
    }

    /** Several values of one request break rules; each is named, and the detail says them all. */
    public static ProblemException ruleBroken(List<Problem.FieldError> errors) {
        return new ProblemException(new Problem("urn:yingsu:problem:rule-violated", "Rule violated", 422,
                errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), null,
                List.copyOf(errors)));
    }

    /**
     * No credentials, or ones that are unknown, expired or revoked: one answer for all, so nothing is learned about
     * a token by guessing. Sent with {@code WWW-Authenticate: Bearer realm="yingsu"}.
     */
    public static ProblemException unauthenticated() {
        return of(401, "unauthenticated", "Unauthorized", "Log in, or send a valid API token as Authorization: Bearer");
    }

    /** The challenge that goes with {@link #unauthenticated()}. */
    public static final String CHALLENGE = "Bearer realm=\"yingsu\"";

    /** A caller whose role may not call the operation at all (not a record it may not see: that is a 404). */
    public static ProblemException roleForbidden() {
        return forbidden("Your role may not do this");
    }

    public static ProblemException forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException conflict(String detail) {
        return of(409, "conflict", "Conflict", detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return of(412, "precondition-failed", "Precondition failed", detail);
    }

    /** An update sent without saying which version it was made from (RFC 6585): nothing is changed. */
    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(new Problem("urn:yingsu:problem:precondition-required", "Precondition required",
                428, detail, null, List.of(new Problem.FieldError("If-Match",
                        "is required: the ETag of the version this change was made from"))));
    }
}
