package cn.fundperf.ejb.job;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Claims, leases and closes job runs, each step in a transaction of its own: a claim must be
 * committed (and visible to the other servers) before the work starts, and the outcome must survive
 * a failed run. Between servers the database decides: the unique (job, period) row for a new claim,
 * the row's version for a take-over. A lost race is an empty answer, not an error.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobClaims {

    @PersistenceContext
    EntityManager em;

    @Inject
    JobSettings settings;

    @Inject
    Clock clock;

    /** Inserts the (job, period) row leased to the node; empty if another call or server already holds it. */
    public Optional<Long> claim(ScheduledJob job, String periodKey, JobTrigger trigger, String node, String startedBy) {
        if (exists(job, periodKey)) {
            return Optional.empty();
        }
        JobRun run = new JobRun(job, periodKey, trigger, node, startedBy, now(), settings.lease());
        try {
            em.persist(run);
            em.flush();
        } catch (PersistenceException raceLost) {
            // the unique constraint decided: somebody inserted the same claim a moment earlier
            return Optional.empty();
        }
        return Optional.of(run.getId());
    }

    /**
     * The run a job owes now, if any (its stored due time has passed): claimed for the node and the
     * due time moved on, in one transaction, so that two servers neither both run it nor both skip it.
     */
    public Optional<Long> claimOwed(ScheduledJob job, String node) {
        LocalDateTime now = now();
        JobSchedule schedule = job.schedule(clock.getZone());
        JobDue due = em.find(JobDue.class, job);
        if (due == null) {
            try {
                em.persist(new JobDue(job, schedule, now));
                em.flush();
            } catch (PersistenceException anotherServerFirst) {
                // its row is there now; nothing is owed before its first due time anyway
            }
            return Optional.empty();
        }
        Optional<LocalDateTime> owed = due.takeOwedRun(schedule, now);
        if (owed.isEmpty()) {
            return Optional.empty();
        }
        String periodKey = job.periodKey(owed.get());
        try {
            JobRun run = null;
            if (!exists(job, periodKey)) {
                run = new JobRun(job, periodKey, JobTrigger.SCHEDULE, node, "system:timer", now, settings.lease());
                em.persist(run);
            }
            em.flush();   // the due row's version check and the claim's unique key decide together
            return run == null ? Optional.empty() : Optional.of(run.getId());
        } catch (PersistenceException raceLost) {
            return Optional.empty();
        }
    }

    /** Runs nobody holds: leases expired (their server died) or retries whose time has come. */
    public List<Long> open() {
        LocalDateTime now = now();
        return em.createQuery("select r.id from JobRun r where (r.status = :running and r.leaseUntil < :now)"
                        + " or (r.status = :retry and r.retryAt <= :now) order by r.id", Long.class)
                .setParameter("running", JobRunStatus.RUNNING).setParameter("retry", JobRunStatus.RETRY_WAIT)
                .setParameter("now", now).setMaxResults(100).getResultList();
    }

    /** Takes an open run over for the node; false if it is not open (any more) or another server was quicker. */
    public boolean takeOver(long runId, String node) {
        JobRun run = em.find(JobRun.class, runId);
        if (run == null || !run.takeOver(node, now(), settings.lease(), settings.retryPolicy())) {
            try {
                em.flush();   // a spent run may just have been marked FAILED
            } catch (PersistenceException raceLost) {
                // another server decided about it
            }
            return false;
        }
        try {
            em.flush();   // UPDATE … WHERE version = the one read: only one server's take-over passes
            return true;
        } catch (PersistenceException raceLost) {
            return false;
        }
    }

    /** The run, if the node holds it (read under a row lock, so a renewal and a take-over cannot cross). */
    public Optional<JobRun> held(long runId, String node) {
        JobRun run = em.find(JobRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        return run != null && run.renew(node, now(), settings.lease()) ? Optional.of(run) : Optional.empty();
    }

    public boolean renew(long runId, String node) {
        return held(runId, node).isPresent();
    }

    public boolean progress(long runId, String node, long done, long total) {
        JobRun run = em.find(JobRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        return run != null && run.progress(node, done, total, now(), settings.lease());
    }

    public boolean succeed(long runId, String node, String outcome) {
        JobRun run = em.find(JobRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        return run != null && run.succeed(node, outcome, now());
    }

    /** Closes a failed attempt; the status it leaves (RETRY_WAIT or FAILED), empty if the run was no longer ours. */
    public Optional<JobRunStatus> fail(long runId, String node, String error) {
        JobRun run = em.find(JobRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        return run != null && run.fail(node, error, now(), settings.retryPolicy()) ? Optional.of(run.getStatus()) : Optional.empty();
    }

    private boolean exists(ScheduledJob job, String periodKey) {
        return !em.createQuery("select r.id from JobRun r where r.job = :job and r.periodKey = :period", Long.class)
                .setParameter("job", job).setParameter("period", periodKey).getResultList().isEmpty();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
