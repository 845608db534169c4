package cn.fundperf.ejb.security;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.NotPermittedException;
import cn.fundperf.ejb.business.OutOfScopeException;
import cn.fundperf.ejb.organization.ScopedRecord;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.permission.Permission;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * Enforces what {@link Guarded} declares, so that no use case can forget it:
 * <ol>
 * <li>the current actor must hold the permission, else the call is refused and the refusal is
 * audited in a transaction of its own (the refused call rolls back);</li>
 * <li>every {@link InScope} record is loaded and refused as not found when it lies outside the
 * actor's reach (audited the same way), before the body runs;</li>
 * <li>the declared audit record is written when the body returns, in its transaction;</li>
 * <li>the outermost use case that leaves changes without any audit record fails.</li>
 * </ol>
 */
@Guarded(Permission.REFERENCE_READ)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class GuardedInterceptor {

    private static final Map<Method, InScope[]> SCOPED_PARAMETERS = new ConcurrentHashMap<>();

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail auditTrail;

    @Inject
    UseCaseAudit useCaseAudit;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @AroundInvoke
    public Object check(InvocationContext context) throws Exception {
        Guarded guarded = declaration(context);
        Actor actor = currentActor.get();
        if (!actor.may(guarded.value())) {
            auditTrail.recordRefusal(actor, "security.permission.denied", useCase(context), guarded.value().name());
            throw new NotPermittedException(guarded.value().name());
        }
        UseCaseAudit.Entry audit = null;
        boolean outermost = false;
        try {
            audit = useCaseAudit.begin(guarded.audit());
            requireInReach(context, actor, audit);
            Object result = context.proceed();
            if (audit.isDeclared()) {
                if (!audit.hasSubject()) {
                    nameCreatedRecord(audit, result);
                }
                useCaseAudit.write(auditTrail, audit);
            }
            outermost = useCaseAudit.end(audit);
            audit = null;
            if (outermost && changedWithoutAudit()) {
                throw new IllegalStateException(useCase(context) + " changed data but declares no audit record");
            }
            return result;
        } catch (OutOfScopeException e) {
            if (e.markAudited()) {
                auditTrail.recordRefusal(actor, "security.scope.denied", useCase(context), e.describeTarget());
            }
            throw e;
        } finally {
            if (audit != null) {
                useCaseAudit.end(audit);
            }
        }
    }

    /** Loads each declared record (the body finds it in the same persistence context) and refuses what the actor may not reach. */
    private void requireInReach(InvocationContext context, Actor actor, UseCaseAudit.Entry audit) {
        InScope[] declared = SCOPED_PARAMETERS.computeIfAbsent(context.getMethod(), GuardedInterceptor::scopedParameters);
        Object[] arguments = context.getParameters();
        for (int i = 0; i < declared.length; i++) {
            if (declared[i] == null || arguments[i] == null) {
                continue;
            }
            Class<?> type = declared[i].value();
            Object record = em.find(type, arguments[i]);
            if (record == null) {
                throw new NotFoundException(type.getSimpleName(), arguments[i]);
            }
            if (!reachable(actor, record)) {
                throw new OutOfScopeException(type.getSimpleName(), arguments[i]);
            }
            if (!audit.hasSubject()) {
                useCaseAudit.subject(type.getSimpleName(), arguments[i]);
            }
        }
    }

    private static boolean reachable(Actor actor, Object record) {
        if (record instanceof ReachableRecord reachable) {
            return reachable.reachableBy(actor);
        }
        if (record instanceof ScopedRecord scoped) {
            return actor.scope().permits(scoped);
        }
        throw new IllegalStateException(record.getClass().getSimpleName() + " has no data scope: mark its id @Unscoped");
    }

    private static InScope[] scopedParameters(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        InScope[] declared = new InScope[annotations.length];
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof InScope inScope) {
                    declared[i] = inScope;
                }
            }
        }
        return declared;
    }

    /** A use case that creates a record audits it by the record it returns, when the body named none. */
    private void nameCreatedRecord(UseCaseAudit.Entry audit, Object result) {
        if (result != null && result.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
            Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(result);
            useCaseAudit.subject(result.getClass().getSimpleName(), id);   // the body's own entry is on top again
        }
    }

    /** Changes still in the unit of work or already flushed, in a transaction that wrote no audit record. */
    private boolean changedWithoutAudit() {
        if (transaction.getTransactionKey() == null || transaction.getResource(AuditTrail.RECORDED) != null) {
            return false;
        }
        UnitOfWork unitOfWork = em.unwrap(UnitOfWork.class);
        if (unitOfWork == null) {
            return false;
        }
        boolean flushed = unitOfWork instanceof RepeatableWriteUnitOfWork repeatable && repeatable.getCumulativeUOWChangeSet() != null;
        return flushed || unitOfWork.hasChanges();
    }

    private static String useCase(InvocationContext context) {
        return context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName();
    }

    private static Guarded declaration(InvocationContext context) {
        Guarded onMethod = context.getMethod().getAnnotation(Guarded.class);
        if (onMethod != null) {
            return onMethod;
        }
        return context.getMethod().getDeclaringClass().getAnnotation(Guarded.class);
    }
}
