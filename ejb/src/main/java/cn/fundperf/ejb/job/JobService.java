package cn.fundperf.ejb.job;

import static cn.fundperf.ejb.permission.Permission.JOB_MANAGE;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.Unscoped;
import cn.fundperf.ejb.security.CurrentActor;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs jobs exactly once per period across servers and keeps their history. Every server's timer
 * calls {@link #tick}: it claims what is owed (a missed run once) and takes over runs nobody holds
 * (a dead server's, a retry that is due); the work goes to a managed thread. The administrator's
 * 立即执行 ({@link #runNow}) records and audits the request and returns; the run follows on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobService {

    @Inject
    JobClaims claims;

    @Inject
    JobRunner runner;

    @Inject
    JobSettings settings;

    @Inject
    CurrentActor currentActor;

    @Inject
    UseCaseAudit audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Entry of the timer: owed runs and open runs, each claimed in the database before it starts here. */
    public void tick() {
        String node = settings.node();
        for (ScheduledJob job : ScheduledJob.values()) {
            claims.claimOwed(job, node).ifPresent(this::start);
        }
        for (long runId : claims.open()) {
            if (claims.takeOver(runId, node)) {
                start(runId);
            }
        }
    }

    /** Queues a manual run of its own period, audited in the same transaction; it starts once that has committed. */
    @Guarded(value = JOB_MANAGE, audit = "job.runRequested")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public JobRun runNow(ScheduledJob job) {
        LocalDateTime now = LocalDateTime.now(clock);
        JobRun run = new JobRun(job, job.manualPeriodKey(now), JobTrigger.MANUAL, settings.node(), currentActor.get().username(),
                now, settings.lease());
        em.persist(run);
        em.flush();
        long runId = run.getId();
        audit.change(null, job.name());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    start(runId);
                }
            }
        });
        return run;
    }

    private void start(long runId) {
        executor.submit(() -> runner.execute(runId));
    }

    @Guarded(JOB_MANAGE)
    public JobRun run(@Unscoped("jobs belong to the installation") long runId) {
        return NotFoundException.unlessMissing(em.find(JobRun.class, runId), JobRun.class, runId);
    }

    @Guarded(JOB_MANAGE)
    public List<JobOverview> overview() {
        List<JobOverview> lines = new ArrayList<>();
        for (ScheduledJob job : ScheduledJob.values()) {
            JobSchedule schedule = job.schedule(clock.getZone());
            JobDue due = em.find(JobDue.class, job);
            LocalDateTime nextRun = due != null ? due.getNextDueAt() : schedule.nextRun(ZonedDateTime.now(clock)).toLocalDateTime();
            Optional<JobRun> last = em.createQuery("select r from JobRun r where r.job = :job order by r.startedAt desc, r.id desc", JobRun.class)
                    .setParameter("job", job).setMaxResults(1).getResultList().stream().findFirst();
            lines.add(new JobOverview(job, schedule, nextRun, last.map(JobRun::getStartedAt).orElse(null),
                    last.map(JobRun::getStatus).orElse(null), last.map(JobRun::getMessage).orElse(null),
                    last.map(JobRun::getAttempt).orElse(0), last.map(JobRun::getRetryAt).orElse(null),
                    last.map(JobRun::getDone).orElse(0L), last.map(JobRun::getTotal).orElse(0L),
                    last.map(JobRun::getPercent).orElse(null)));
        }
        return lines;
    }

    @Guarded(JOB_MANAGE)
    public List<JobRun> history(ScheduledJob job, int first, int max) {
        var query = job == null
                ? em.createQuery("select r from JobRun r order by r.startedAt desc, r.id desc", JobRun.class)
                : em.createQuery("select r from JobRun r where r.job = :job order by r.startedAt desc, r.id desc", JobRun.class)
                        .setParameter("job", job);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Guarded(JOB_MANAGE)
    public long historyCount(ScheduledJob job) {
        var query = job == null
                ? em.createQuery("select count(r) from JobRun r", Long.class)
                : em.createQuery("select count(r) from JobRun r where r.job = :job", Long.class).setParameter("job", job);
        return query.getSingleResult();
    }
}
