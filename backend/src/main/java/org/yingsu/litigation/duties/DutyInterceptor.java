package org.yingsu.litigation.duties;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import org.yingsu.common.persistence.KeepsDutiesCurrent;

/**
 * After a single-record write, inside its transaction (this runs within {@code @Transactional}, whose interceptor
 * comes first), the entity changes are flushed so that the statement triggers have named the cases touched, and
 * their duties are computed again.
 */
@KeepsDutiesCurrent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class DutyInterceptor {

    @Inject
    DutyWriter writer;

    @Inject
    EntityManager entities;

    @AroundInvoke
    Object recompute(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        if (entities.isJoinedToTransaction()) {
            entities.flush();
            writer.recomputeStale();
        }
        return result;
    }
}
