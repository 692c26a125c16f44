package org.yingsu.common.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yingsu.common.problem.ProblemException;

/**
 * The one rule of safe updates: a PUT or PATCH of a versioned resource (one whose method takes {@code If-Match})
 * without {@code If-Match} is refused with 428 before its body is read, so that no client can lose someone else's
 * change by not asking. A method that can also create its resource (it takes {@code If-None-Match} too) accepts
 * {@code If-None-Match: *} instead, and answers 412 if the resource exists after all. Runs after authorization, so a
 * caller who may not change the resource learns that first.
 */
@Provider
@Priority(Priorities.USER - 100)
public class UpdatePreconditions implements ContainerRequestFilter {

    public static final String IF_MATCH = HttpHeaders.IF_MATCH;
    public static final String IF_NONE_MATCH = HttpHeaders.IF_NONE_MATCH;

    private static final Map<Method, Guard> GUARDS = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    private record Guard(boolean versioned, boolean creates) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!method.equals("PUT") && !method.equals("PATCH") || resource == null
                || resource.getResourceMethod() == null) {
            return;
        }
        Guard guard = GUARDS.computeIfAbsent(resource.getResourceMethod(), UpdatePreconditions::guard);
        if (!guard.versioned()) {
            return;
        }
        String ifMatch = request.getHeaderString(IF_MATCH);
        if (ifMatch != null && !ifMatch.isBlank()) {
            return;
        }
        String ifNoneMatch = request.getHeaderString(IF_NONE_MATCH);
        if (guard.creates() && ifNoneMatch != null && ifNoneMatch.trim().equals("*")) {
            return;
        }
        throw ProblemException.preconditionRequired("This update needs an If-Match header with the ETag of the "
                + "version it was made from (from the GET or the last answer), e.g. If-Match: \"3\""
                + (guard.creates() ? ", or If-None-Match: * to create it" : "")
                + "; without it a change made meanwhile would be lost. Nothing was changed.");
    }

    /** Whether the method takes If-Match (a versioned resource) and If-None-Match (it may create the resource). */
    static Guard guard(Method method) {
        boolean versioned = false;
        boolean creates = false;
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof HeaderParam header) {
                    versioned |= header.value().equalsIgnoreCase(IF_MATCH);
                    creates |= header.value().equalsIgnoreCase(IF_NONE_MATCH);
                }
            }
        }
        return new Guard(versioned, creates);
    }

    /** Whether a PUT or PATCH resource method is under the rule: the contract declares 428 on exactly those. */
    public static boolean versioned(Method method) {
        return guard(method).versioned();
    }
}
