package org.yingsu.common.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every representation that carries a {@code version} is sent with it as its ETag, whichever resource answers, so
 * the contract can promise the header wherever the body has the field (the contract filter declares it on exactly
 * those answers). Runs before {@link IdempotencyFilter} stores an answer, so replays carry it too. A GET whose
 * {@code If-None-Match} names that ETag is answered 304 here, for every single resource at once.
 */
@Provider
@Priority(Priorities.USER + 100)
public class VersionTags implements ContainerResponseFilter {

    private static final Map<Class<?>, Optional<Method>> VERSION_ACCESSORS = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null || response.getStatus() / 100 != 2) {
            return;
        }
        if (!response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            VERSION_ACCESSORS.computeIfAbsent(entity.getClass(), VersionTags::versionAccessor)
                    .ifPresent(accessor -> response.getHeaders().putSingle(HttpHeaders.ETAG, ETags.of(version(accessor,
                            entity))));
        }
        notModified(request, response);
    }

    /**
     * A GET whose If-None-Match names the ETag of its answer gets 304 without a body (RFC 9110 §15.4.5): the reader
     * already holds this version. The ETag stays on the answer.
     */
    private static void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !(request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))) {
            return;
        }
        Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (tag == null) {
            return;
        }
        EntityTag etag = tag instanceof EntityTag e ? e : EntityTag.valueOf(tag.toString());
        if (ETags.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        }
    }

    private static Optional<Method> versionAccessor(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("version")
                    && (component.getType() == long.class || component.getType() == int.class)) {
                return Optional.of(component.getAccessor());
            }
        }
        return Optional.empty();
    }

    private static long version(Method accessor, Object entity) {
        try {
            return ((Number) accessor.invoke(entity)).longValue();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the version of " + entity.getClass().getName(), e);
        }
    }
}
