package org.yingsu.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.inject.Inject;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
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
import org.yingsu.common.problem.ProblemMappers;

/**
 * {@code Idempotency-Key} on every POST (SPEC §5), whatever the resource: the first request with a key executes;
 * a retry with the same key and the same request gets the first answer again, byte for byte; the same key with a
 * different request is a 422; a retry while the first is still running waits for its answer, or gets a 409 with
 * Retry-After. Keys belong to the calling principal.
 *
 * <p>A keyed request runs in one transaction begun here: the key's row first, then the resource's effect (its
 * {@code @Transactional} services join), then the answer, committed together before the answer is sent. So an
 * acknowledged request always has its answer stored, and a request that dies before its commit (a crash, a lost
 * connection, a server error) leaves neither effect nor key behind: its retry runs at once. Client errors (4xx)
 * roll back and are then kept on their own, so that a retry gets the same refusal.
 */
@Provider
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final List<String> KEPT_HEADERS = List.of("Location", "ETag");
    /** A retry of a request still in flight is worth trying again after about this many seconds. */
    private static final String IN_FLIGHT_RETRY_AFTER = "2";
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

    @Inject
    TransactionManager transactions;

    @Context
    ResourceInfo resource;

    private record Held(String principal, String key, String hash) {
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
        // The caller is established before the transaction's connection is taken: that connection carries the
        // audit actor of every write of the request.
        String principal = principal(request);
        String hash = hash(request, body);
        store.purgeIfDue();
        IdempotencyStore.Claim claim;
        try {
            begin();
            claim = store.claim(principal, key, hash);
        } catch (SQLException | SystemException | NotSupportedException e) {
            rollback();
            LOG.warnf("Idempotency store unavailable: %s", e.getMessage());
            request.abortWith(ProblemMappers.unavailable(
                    "Cannot check the Idempotency-Key now; nothing was stored. Retry later with the same key."));
            return;
        }
        if (claim instanceof IdempotencyStore.Proceed) {
            request.setProperty(CLAIM, new Held(principal, key, hash));
            return;
        }
        rollback();
        if (claim instanceof IdempotencyStore.Replay replay) {
            request.abortWith(replay(replay.answer()));
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            request.abortWith(problem(new Problem("urn:yingsu:problem:idempotency-key-reused",
                    "Idempotency-Key reused", 422,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request",
                    null, List.of(new Problem.FieldError(HEADER, "was used before with another method, path or body")))));
        } else {
            request.abortWith(Response.fromResponse(problem(new Problem(
                    "urn:yingsu:problem:idempotency-key-in-flight", "Request in progress", 409,
                    "A request with this Idempotency-Key is still being processed; retry later with the same key",
                    null, null))).header("Retry-After", IN_FLIGHT_RETRY_AFTER).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIM) instanceof Held held)) {
            return;
        }
        request.removeProperty(CLAIM);
        int status = response.getStatus();
        MediaType type = response.getMediaType();
        Object entity = response.getEntity();
        try {
            if (status >= 400 || transactions.getStatus() != Status.STATUS_ACTIVE) {
                rollback();
                if (status < 400) {
                    // Something inside marked the transaction for rollback and still answered success: nothing
                    // was stored, and the client must not believe otherwise.
                    LOG.errorf("%s %s answered %d in a transaction marked for rollback", request.getMethod(),
                            request.getUriInfo().getPath(), status);
                    unavailable(response);
                } else if (status < 500 && keepable(entity, type)) {
                    store.keepRefusal(held.principal(), held.key(), held.hash(), answer(response, status, type,
                            entity));
                }
                return;
            }
            if (keepable(entity, type)) {
                store.complete(held.principal(), held.key(), answer(response, status, type, entity));
            } else {
                // A streamed or otherwise written answer cannot be kept as it was sent: the key is freed instead.
                LOG.warnf("Idempotency-Key not kept for %s %s: its answer (%s) is not JSON", request.getMethod(),
                        request.getUriInfo().getPath(), type);
                store.forget(held.principal(), held.key());
            }
            transactions.commit();
        } catch (SQLException | SystemException | RollbackException | HeuristicMixedException
                | HeuristicRollbackException | RuntimeException e) {
            // The effect and the answer were not committed (or it cannot be known that they were, in which case
            // the key was committed with them and the retry replays): the client retries with the same key.
            LOG.warnf("The transaction of %s %s did not commit: %s", request.getMethod(),
                    request.getUriInfo().getPath(), e.toString());
            rollback();
            unavailable(response);
        }
    }

    /** The first answer's bytes, fixed here so that the first response and every replay are identical. */
    private IdempotencyStore.Answer answer(ContainerResponseContext response, int status, MediaType type,
            Object entity) throws JsonProcessingException {
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
        return new IdempotencyStore.Answer(status, type == null ? null : type.toString(), headers, body);
    }

    private static boolean keepable(Object entity, MediaType type) {
        return entity == null || entity instanceof byte[] || entity instanceof String || isJson(type);
    }

    private static void unavailable(ContainerResponseContext response) {
        Response problem = ProblemMappers.unavailable(
                "The request could not be completed; nothing was stored. Retry it with the same Idempotency-Key.");
        response.getHeaders().clear();
        response.setStatus(problem.getStatus());
        response.getHeaders().putAll(problem.getHeaders());
        response.setEntity(problem.getEntity(), null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    /** The resource method's own transaction timeout, if it states one, applies to the transaction begun here. */
    private void begin() throws SystemException, NotSupportedException {
        if (transactions.getTransaction() != null) {
            // A transaction left on this worker thread by an earlier request would swallow this one's effect.
            LOG.error("A transaction was still associated with a request thread; rolled back");
            transactions.rollback();
        }
        TransactionConfiguration configuration = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(TransactionConfiguration.class);
        transactions.setTransactionTimeout(configuration == null
                || configuration.timeout() == TransactionConfiguration.UNSET_TIMEOUT ? 0 : configuration.timeout());
        transactions.begin();
    }

    private void rollback() {
        try {
            if (transactions.getTransaction() != null) {
                transactions.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.warnf("Rollback of a keyed request failed: %s", e.getMessage());
        }
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
