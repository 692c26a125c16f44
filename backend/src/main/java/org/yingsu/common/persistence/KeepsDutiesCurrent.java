package org.yingsu.common.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a transactional method that writes what the duties to appear depend on (cases, hearings, notices, appearances,
 * delegations, officials' posts, agencies' places): when it returns, still inside its transaction, the duties of the
 * cases it touched are computed again (litigation's DutyWriter). Here in common so that the agencies module can say
 * so without depending on litigation; a write path that forgets cannot commit (V80__duty.sql, the deferred check).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface KeepsDutiesCurrent {
}
