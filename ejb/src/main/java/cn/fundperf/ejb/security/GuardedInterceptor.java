package cn.fundperf.ejb.security;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.business.NotPermittedException;
import cn.fundperf.ejb.business.OutOfScopeException;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.Permission;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link Guarded}: the current actor must hold the permission, else the call is
 * refused and the refusal is written to the audit log in a transaction of its own (the
 * refused call itself rolls back). A record asked for outside the actor's data scope is audited
 * the same way on its way out.
 */
@Guarded(Permission.REFERENCE_READ)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class GuardedInterceptor {

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail auditTrail;

    @AroundInvoke
    public Object check(InvocationContext context) throws Exception {
        Permission permission = requiredPermission(context);
        Actor actor = currentActor.get();
        if (!actor.may(permission)) {
            auditTrail.recordRefusal(actor, "security.permission.denied", useCase(context), permission.name());
            throw new NotPermittedException(permission.name());
        }
        try {
            return context.proceed();
        } catch (OutOfScopeException e) {
            if (e.markAudited()) {
                auditTrail.recordRefusal(actor, "security.scope.denied", useCase(context), e.describeTarget());
            }
            throw e;
        }
    }

    private static String useCase(InvocationContext context) {
        return context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName();
    }

    private static Permission requiredPermission(InvocationContext context) {
        Guarded onMethod = context.getMethod().getAnnotation(Guarded.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        return context.getMethod().getDeclaringClass().getAnnotation(Guarded.class).value();
    }
}
