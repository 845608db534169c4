package cn.fundperf.ejb.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Writes audit records. {@link #record} joins the caller's transaction (and refuses to run
 * without one), so a state change and its audit record commit or roll back together. Writing takes
 * no lock that other transactions share: the record is only inserted, and {@link AuditSealer}
 * chains it after it committed.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentParty currentActor;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Set on the transaction (its synchronization registry) once it wrote an audit record. */
    public static final String RECORDED = AuditTrail.class.getName() + ".recorded";

    /** Audits a change made by the current actor, inside the change's own transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String entityType, Object entityId, String before, String after) {
        append(currentActor.get(), action, entityType, entityId, before, after);
    }

    /** Audits on behalf of a given actor (login, where nobody is signed in yet), in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordFor(AuditedParty actor, String action, String entityType, Object entityId, String before, String after) {
        append(actor, action, entityType, entityId, before, after);
    }

    /** Audits a refused call; its own transaction, because the refused call rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(AuditedParty actor, String action, String target, String detail) {
        append(actor, action, "UseCase", target, null, detail);
    }

    private void append(AuditedParty actor, String action, String entityType, Object entityId, String before, String after) {
        AuditContent content = new AuditContent(LocalDateTime.now(clock), actor.username(),
                actor.organizationId(), actor.organizationName(), action, entityType,
                entityId == null ? null : entityId.toString(), before, after, actor.clientAddress());
        em.persist(new AuditRecord(content));
        if (transaction.getTransactionKey() != null) {
            transaction.putResource(RECORDED, Boolean.TRUE);
        }
    }
}
