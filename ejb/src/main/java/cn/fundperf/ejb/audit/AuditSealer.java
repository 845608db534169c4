package cn.fundperf.ejb.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chains committed audit records after the fact ({@link SealingPlan} says which). Each round is a
 * transaction of its own that locks the chain head: sealers on several servers take turns, while
 * the use cases that write records never wait for any of them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {

    static final int BATCH = 1000;
    /** Gaps older than this are forgotten: no transaction stays open that long. */
    static final Duration GAP_MEMORY = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** How long a missing record number holds the sealer up before it is stepped over. */
    @Inject
    @ConfigProperty(name = "fundperf.audit.seal-grace-seconds", defaultValue = "30")
    long graceSeconds;

    /** Seals everything sealable now; returns how many records were sealed. */
    public int sealPending() {
        AuditSealer self = context.getBusinessObject(AuditSealer.class);
        int total = 0;
        int sealed;
        do {
            sealed = self.sealRound();
            total += sealed;
        } while (sealed >= BATCH);
        return total;
    }

    /** One round: late records of remembered gaps first, then the next numbers in order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealRound() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime now = LocalDateTime.now(clock);
        List<AuditRecord> late = em.createQuery("select r from AuditGap g, AuditRecord r"
                                + " where r.chainOrder between g.fromOrder and g.toOrder"
                                + " and not exists (select s from AuditSeal s where s.recordId = r.id) order by r.chainOrder",
                        AuditRecord.class)
                .setMaxResults(BATCH).getResultList();
        List<AuditRecord> next = em.createQuery(
                        "select r from AuditRecord r where r.chainOrder > :through order by r.chainOrder", AuditRecord.class)
                .setParameter("through", head.getSealedThrough())
                .setMaxResults(BATCH).getResultList();
        SealingPlan plan = head.plan(next.stream().map(AuditRecord::getChainOrder).toList(), now, Duration.ofSeconds(graceSeconds));
        Map<Long, AuditRecord> byOrder = next.stream().collect(Collectors.toMap(AuditRecord::getChainOrder, Function.identity()));
        late.forEach(r -> em.persist(head.seal(r, now)));
        plan.toSeal().forEach(order -> em.persist(head.seal(byOrder.get(order), now)));
        plan.skipped().forEach(gap -> em.persist(new AuditGap(gap, now)));
        head.moveTo(plan);
        return late.size() + plan.toSeal().size();
    }

    /** Forgets gaps nobody can fill any more; the nightly sealing job calls it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetOldGaps() {
        return em.createQuery("delete from AuditGap g where g.skippedAt < :before")
                .setParameter("before", LocalDateTime.now(clock).minus(GAP_MEMORY))
                .executeUpdate();
    }
}
