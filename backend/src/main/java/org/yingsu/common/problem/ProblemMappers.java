package org.yingsu.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.yingsu.common.text.StrictJson;

/** The one place where failures become RFC 9457 problems. Bad input never becomes a 500 or a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final java.util.regex.Pattern DUPLICATE_KEY = java.util.regex.Pattern.compile(
            "Duplicate field '([^']*)'");
    /** How long a client should wait before retrying while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** What a unique or foreign key means to a client: the field it concerns and a sentence. */
    private static final Map<String, Problem.FieldError> CONSTRAINTS = Map.ofEntries(
            Map.entry("agency_code_key", new Problem.FieldError("code", "an agency with this code already exists")),
            Map.entry("official_code_key", new Problem.FieldError("code", "an official with this code already exists")),
            Map.entry("litigation_case_natural_key", new Problem.FieldError("caseNumber",
                    "a case with this court and case number already exists")),
            Map.entry("hearing_natural_key", new Problem.FieldError("scheduledAt",
                    "this case already has a hearing at this time")),
            Map.entry("notice_natural_key", new Problem.FieldError("number",
                    "a notice with this court and number already exists")),
            Map.entry("appearance_natural_key", new Problem.FieldError("officialCode",
                    "this official's appearance at this hearing is already recorded")),
            Map.entry("delegation_natural_key", new Problem.FieldError("agencyCode",
                    "this agency already filed a delegation for this hearing today")),
            Map.entry("judicial_recommendation_natural_key", new Problem.FieldError("number",
                    "a recommendation with this court and number already exists")),
            Map.entry("head_confirmation_natural_key", new Problem.FieldError("agencyCode",
                    "this agency has already named a head for this hearing")),
            Map.entry("lost_case_report_natural_key", new Problem.FieldError("agencyCode",
                    "this agency's report on this case was just created by someone else; reload it")),
            Map.entry("observation_session_hearing_key", new Problem.FieldError("hearingId",
                    "this hearing is already an observation session")),
            Map.entry("observation_invitation_natural_key", new Problem.FieldError("officialCodes",
                    "this official was just invited by someone else; reload the session")),
            Map.entry("bulletin_natural_key", new Problem.FieldError("quarter",
                    "this quarter's bulletin was published at the same moment; reload it")),
            Map.entry("bulletin_supersedes_key", new Problem.FieldError("supersedes",
                    "this bulletin has already been superseded")),
            Map.entry("bulletin_number_key", new Problem.FieldError("number",
                    "this document number is taken; yingsu.bulletins.number-pattern must contain {year}")),
            Map.entry("app_user_username_key", new Problem.FieldError("username", "this username is taken")));

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    /** No credentials, or ones that are unknown, expired or revoked: the same answer, so nothing is learned. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(respond(ProblemException.unauthenticated().problem()))
                .header("WWW-Authenticate", ProblemException.CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(ProblemException.roleForbidden().problem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemException.invalid(errors).problem());
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e) {
        return respond(ProblemException.invalid(pathOf(e), "unknown property; this request does not accept it")
                .problem());
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return respond(ProblemException.invalid(pathOf(e), "\"" + e.getValue() + "\" is not " + expected).problem());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String expected = e.getTargetType() == null ? "the expected shape" : describe(e.getTargetType());
        String field = pathOf(e);
        return respond(ProblemException.invalid(field.isEmpty() ? "body" : field, "must be " + expected).problem());
    }

    /** A value that parses but cannot be stored: NUL, a lone surrogate, a year no court record has. */
    @ServerExceptionMapper
    public Response unacceptableValue(StrictJson.UnacceptableValue e) {
        String field = pathOf(e);
        return respond(ProblemException.invalid(field.isEmpty() ? "body" : field, e.getOriginalMessage()).problem());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e) {
        java.util.regex.Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            return respond(ProblemException.invalid("body", "the key \"" + duplicate.group(1)
                    + "\" is given twice; send each key once").problem());
        }
        return respond(ProblemException.invalid("body", "is not valid JSON: " + e.getOriginalMessage()).problem());
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e) {
        return respond(ProblemException.invalid("body", "cannot be read: " + e.getOriginalMessage()).problem());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // The JSON reader and the parameter converters wrap what went wrong; the cause says where.
        if (e.getCause() instanceof StrictJson.UnacceptableValue cause) {
            return unacceptableValue(cause);
        }
        if (e.getCause() instanceof UnrecognizedPropertyException cause) {
            return unknownProperty(cause);
        }
        if (e.getCause() instanceof InvalidFormatException cause) {
            return invalidFormat(cause);
        }
        if (e.getCause() instanceof MismatchedInputException cause) {
            return mismatchedInput(cause);
        }
        if (e.getCause() instanceof JsonParseException cause) {
            return unreadableJson(cause);
        }
        if (e.getCause() instanceof JsonProcessingException cause) {
            return otherJson(cause);
        }
        if (status == 404 && e.getCause() instanceof IllegalArgumentException cause) {
            return respond(ProblemException.invalid("query", "a parameter has a value that is not allowed: "
                    + describeConversion(cause)).problem());
        }
        if (status == 400 && e.getCause() != null && e.getCause().getCause() instanceof JsonProcessingException json) {
            return otherJson(json);
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(new Problem("urn:yingsu:problem:server-error", title, status,
                    "The server could not complete the request", null, null));
        }
        String slug = title.toLowerCase().replace(' ', '-');
        return respond(new Problem("urn:yingsu:problem:" + slug, title, status, e.getMessage(), null, null));
    }

    /** Failures that surface at flush or commit arrive wrapped; their cause says what happened. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(ProblemException.preconditionFailed(
                        "Someone else changed this record meanwhile; reload it and try again").problem());
            }
            if (cause instanceof ConstraintViolationException violation) {
                return constraintViolation(violation);
            }
            if (cause instanceof SQLException sql) {
                Response mapped = sqlState(sql);
                if (mapped != null) {
                    return mapped;
                }
            }
        }
        LOG.error("Unexpected failure", e);
        return respond(new Problem("urn:yingsu:problem:server-error", "Internal Server Error", 500,
                "The server could not complete the request; it has been logged", null, null));
    }

    private Response sqlState(SQLException e) {
        if (unavailable(e)) {
            LOG.warnf("The database is unavailable: %s", e.getMessage());
            return unavailable("The database cannot be reached at the moment; nothing was stored. Retry in a few "
                    + "seconds.");
        }
        if (e.getSQLState() == null) {
            return null;
        }
        String constraint = constraintName(e);
        if (e.getSQLState().startsWith("22") && !e.getSQLState().equals("22001")) {
            // Data exceptions: a value the database cannot take (out of range, not encodable). Bad input, not a fault.
            return respond(ProblemException.invalid("body", "a value is outside what can be stored ("
                    + e.getSQLState() + ")").problem());
        }
        return switch (e.getSQLState()) {
            case "23505" -> {
                Problem.FieldError error = constraint != null && CONSTRAINTS.containsKey(constraint)
                        ? CONSTRAINTS.get(constraint)
                        : new Problem.FieldError("body", "a record with the same key already exists");
                yield respond(new Problem("urn:yingsu:problem:duplicate", "Duplicate", 409,
                        error.field() + ": " + error.message(), null, List.of(error)));
            }
            case "23503" -> respond(ProblemException.conflict(
                    "Other records still refer to this one; remove them first").problem());
            case "23514", "23502", "22001" -> respond(ProblemException.invalid("body",
                    "a value breaks the database rule " + (constraint == null ? e.getSQLState() : constraint))
                    .problem());
            // Two transactions waited on each other (or could not be serialized): nothing was stored; a retry works.
            case "40P01", "40001" -> respond(ProblemException.conflict(
                    "Another request changed the same records at the same moment; nothing was stored. Retry it.")
                    .problem());
            default -> e.getSQLState().startsWith("23") ? respond(ProblemException.conflict(
                    "The change conflicts with what is stored (" + constraint + "); nothing was stored").problem())
                    : null;
        };
    }

    /** A 503 for a request that did nothing and is worth retrying shortly (with the same Idempotency-Key). */
    public static Response unavailable(String detail) {
        return Response.fromResponse(respond(new Problem("urn:yingsu:problem:unavailable", "Service unavailable",
                503, detail, null, null))).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /**
     * The server is down, restarting or refusing connections, or the pool gave up waiting for one: the request did
     * nothing and can be retried, so a 503 and not a 500.
     */
    static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                    || state.equals("53300");
        }
        String message = String.valueOf(e.getMessage());
        return message.contains("Acquisition timeout") || message.contains("Connection refused");
    }

    private static String constraintName(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
            return psql.getServerErrorMessage().getConstraint();
        }
        return null;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code create.body.hearings[0].reason} → {@code hearings[0].reason}; {@code list.paging.size} → {@code size}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int firstDot = path.indexOf('.');
        String withoutMethod = firstDot < 0 ? path : path.substring(firstDot + 1);
        for (String parameter : new String[] {"body.", "paging."}) {
            if (withoutMethod.startsWith(parameter)) {
                return withoutMethod.substring(parameter.length());
            }
        }
        return withoutMethod;
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** "No enum constant ….AgencyKind.NOPE" → "NOPE is not one of [DISTRICT_GOVERNMENT, …]". */
    private static String describeConversion(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("No enum constant ([\\w.$]+)\\.([^.]*)$")
                .matcher(message);
        if (m.find()) {
            try {
                Class<?> type = Class.forName(m.group(1), false, Thread.currentThread().getContextClassLoader());
                return m.group(2) + " is not " + describe(type);
            } catch (ClassNotFoundException ignored) {
                return m.group(2);
            }
        }
        return message;
    }

    /** What a value of {@code type} looks like, for a message: "a date like 2022-03-01". */
    public static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date like 2022-03-01";
            case "OffsetDateTime", "Instant" -> "a time with offset like 2022-03-01T09:30:00+08:00";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            case "List", "Set" -> "an array";
            default -> "a " + type.getSimpleName();
        };
    }
}
