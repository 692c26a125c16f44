package org.yingsu.audit;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

/** {@link AuditActorInterceptor} for transactions begun by {@code @Transactional} (REQUIRED, the default). */
@Interceptor
@Transactional(Transactional.TxType.REQUIRED)
@Priority(AuditActorInterceptor.PRIORITY)
class AuditActorOfRequired extends AuditActorInterceptor {
}
