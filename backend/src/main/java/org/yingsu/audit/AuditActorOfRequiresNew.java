package org.yingsu.audit;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

/** {@link AuditActorInterceptor} for transactions begun by {@code @Transactional(REQUIRES_NEW)}. */
@Interceptor
@Transactional(Transactional.TxType.REQUIRES_NEW)
@Priority(AuditActorInterceptor.PRIORITY)
class AuditActorOfRequiresNew extends AuditActorInterceptor {
}
