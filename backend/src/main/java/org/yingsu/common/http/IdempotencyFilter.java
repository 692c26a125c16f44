package org.yingsu.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.ProblemException;

/**
 * {@code Idempotency-Key} on every POST (docs/domain.md §5), whatever the resource: the first request with a key executes;
 * a retry with the same key and the same request gets the first answer again, byte for byte; the same key with a
 * different request is a 422; a retry while the first is still running waits for its answer, or gets a 409.
 * Server errors (5xx) are not kept, so that a retry executes again. Keys belong to the calling principal.
 */
@Provider
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final List<String> KEPT_HEADERS = List.of("Location", "ETag");
    /**
     * Answers that carry a secret (a new API token, a session, a calendar feed's address) are never written to the
     * database to be replayed; a retry of these executes again.
     */
    public static final java.util.Set<String> SECRET_ANSWERS = java.util.Set.of("/api/tokens", "/api/auth/login",
            "/api/calendar/subscriptions");
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper mapper;

    private record Held(String principal, String key) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())
                || SECRET_ANSWERS.contains(request.getUriInfo().getPath())) {
            return;
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
            request.abortWith(problem(ProblemException.invalid(HEADER,
                    "must be 1 to 255 visible ASCII characters, e.g. a UUID").problem()));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String principal = principal(request);
        IdempotencyStore.Claim claim;
        try {
            claim = store.claim(principal, key, hash(request, body));
        } catch (SQLException e) {
            LOG.error("Idempotency store unavailable", e);
            request.abortWith(problem(new Problem("urn:yingsu:problem:server-error", "Service Unavailable", 503,
                    "Cannot check the Idempotency-Key now; retry later with the same key", null, null)));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (claim instanceof IdempotencyStore.Proceed) {
            request.setProperty(CLAIM, new Held(principal, key));
        } else if (claim instanceof IdempotencyStore.Replay replay) {
            request.abortWith(replay(replay.answer()));
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            request.abortWith(problem(new Problem("urn:yingsu:problem:idempotency-key-reused",
                    "Idempotency-Key reused", 422,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request",
                    null, List.of(new Problem.FieldError(HEADER, "was used before with another method, path or body")))));
        } else {
            request.abortWith(problem(new Problem("urn:yingsu:problem:idempotency-key-in-flight",
                    "Request in progress", 409,
                    "A request with this Idempotency-Key is still being processed; retry later with the same key",
                    null, null)));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIM) instanceof Held held)) {
            return;
        }
        request.removeProperty(CLAIM);
        int status = response.getStatus();
        if (status >= 500) {
            store.release(held.principal(), held.key());
            return;
        }
        MediaType type = response.getMediaType();
        Object entity = response.getEntity();
        if (!(entity == null || entity instanceof byte[] || entity instanceof String || isJson(type))) {
            // A streamed or otherwise written answer cannot be kept as it was sent: the key is freed instead.
            LOG.warnf("Idempotency-Key not kept for %s %s: its answer (%s) is not JSON", request.getMethod(),
                    request.getUriInfo().getPath(), type);
            store.release(held.principal(), held.key());
            return;
        }
        // The answer is fixed as bytes here so that the first response and every replay are identical.
        byte[] body = bytes(entity);
        if (body != null) {
            response.setEntity(body, null, type == null ? MediaType.APPLICATION_JSON_TYPE : type);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        store.complete(held.principal(), held.key(), new IdempotencyStore.Answer(status,
                type == null ? null : type.toString(), headers, body));
    }

    private byte[] bytes(Object entity) throws JsonProcessingException {
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return mapper.writeValueAsBytes(entity);
    }

    private static boolean isJson(MediaType type) {
        return type == null || type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    private static Response replay(IdempotencyStore.Answer answer) {
        Response.ResponseBuilder builder = Response.status(answer.status()).header(REPLAYED_HEADER, "true");
        answer.headers().forEach(builder::header);
        if (answer.body() != null) {
            builder.entity(answer.body()).type(answer.contentType());
        }
        return builder.build();
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String principal(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        return principal == null || principal.getName() == null ? "" : principal.getName();
    }

    private static String hash(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(request.getUriInfo().getRequestUri().getRawPath().getBytes(StandardCharsets.UTF_8));
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            digest.update(("?" + (query == null ? "" : query) + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
