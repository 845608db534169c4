package cn.fundperf.ejb.permission;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case: the permission the current actor must hold (refusals are audited), the records it
 * works on ({@link InScope} parameters, checked against the actor's reach before the body runs)
 * and the audit record its success writes, in its own transaction.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Guarded {

    @Nonbinding
    Permission value();

    /**
     * The audit action written when the use case returns ("target.saved"); empty for a use case
     * that changes nothing. A use case that leaves changes without any audit record is refused.
     */
    @Nonbinding
    String audit() default "";
}
