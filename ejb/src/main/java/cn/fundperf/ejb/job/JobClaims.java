package cn.fundperf.ejb.job;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Claims and closes job runs, each in a transaction of its own: the claim must be committed
 * (and visible to other nodes) before the work starts, and the outcome must survive a failed run.
 */
@Stateless
public class JobClaims {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Inserts the (job, period) row; empty if another call or node already holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> claim(ScheduledJob job, String periodKey, JobTrigger trigger, String node, String startedBy) {
        boolean taken = !em.createQuery("select r.id from JobRun r where r.job = :job and r.periodKey = :period", Long.class)
                .setParameter("job", job).setParameter("period", periodKey).getResultList().isEmpty();
        if (taken) {
            return Optional.empty();
        }
        JobRun run = new JobRun(job, periodKey, trigger, node, startedBy, LocalDateTime.now(clock));
        try {
            em.persist(run);
            em.flush();
        } catch (PersistenceException raceLost) {
            // the unique constraint decided: somebody inserted the same claim a moment earlier
            return Optional.empty();
        }
        return Optional.of(run.getId());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeed(long runId, String outcome) {
        em.find(JobRun.class, runId).succeed(outcome, LocalDateTime.now(clock));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long runId, String error) {
        em.find(JobRun.class, runId).fail(error, LocalDateTime.now(clock));
    }
}
