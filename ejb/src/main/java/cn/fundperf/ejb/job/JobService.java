package cn.fundperf.ejb.job;

import static cn.fundperf.ejb.security.Permission.JOB_MANAGE;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.Guarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs jobs exactly once per period and keeps their history. Timer beans call
 * {@link #runScheduled}; the administrator's "run now" calls {@link #runNow}.
 * Runs outside a transaction: the claim, the work and the outcome each commit on their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobService {

    private static final Logger LOG = Logger.getLogger(JobService.class.getName());

    @Inject
    JobClaims claims;

    @Inject
    @Any
    Instance<JobAction> actions;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Entry of the timer beans: claims the current period and runs the job if the claim is ours. */
    public Optional<JobRunStatus> runScheduled(ScheduledJob job) {
        currentActor.set(Actor.system("timer"));
        return run(job, job.periodKey(LocalDateTime.now(clock)), JobTrigger.SCHEDULE);
    }

    @Guarded(JOB_MANAGE)
    public JobRunStatus runNow(ScheduledJob job) {
        Actor administrator = currentActor.get();
        JobRunStatus status = run(job, job.manualPeriodKey(LocalDateTime.now(clock)), JobTrigger.MANUAL)
                .orElseThrow(() -> new InvalidInputException("job.alreadyRunning"));
        currentActor.set(administrator);
        return status;
    }

    /** The claim decides who runs; a lost claim is normal on a cluster, not an error. */
    private Optional<JobRunStatus> run(ScheduledJob job, String periodKey, JobTrigger trigger) {
        String startedBy = currentActor.get().username();
        Optional<Long> claimed = claims.claim(job, periodKey, trigger, node(), startedBy);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        long runId = claimed.get();
        // the work runs as the system actor: the administrator only pressed the button
        currentActor.set(Actor.system("job:" + job.name()));
        try {
            String outcome = action(job).execute();
            claims.succeed(runId, outcome);
            return Optional.of(JobRunStatus.SUCCEEDED);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + job + " (" + periodKey + ") failed", e);
            claims.fail(runId, describe(e));
            return Optional.of(JobRunStatus.FAILED);
        }
    }

    @Guarded(JOB_MANAGE)
    public List<JobOverview> overview() {
        List<JobOverview> lines = new ArrayList<>();
        for (ScheduledJob job : ScheduledJob.values()) {
            JobSchedule schedule = job.schedule(clock.getZone());
            Optional<JobRun> last = em.createQuery("select r from JobRun r where r.job = :job order by r.startedAt desc", JobRun.class)
                    .setParameter("job", job).setMaxResults(1).getResultList().stream().findFirst();
            lines.add(new JobOverview(job,
                    schedule,
                    schedule.nextRun(ZonedDateTime.now(clock)).toLocalDateTime(),
                    last.map(JobRun::getStartedAt).orElse(null),
                    last.map(JobRun::getStatus).orElse(null),
                    last.map(JobRun::getMessage).orElse(null)));
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

    private JobAction action(ScheduledJob job) {
        return actions.stream().filter(a -> a.job() == job).findFirst()
                .orElseThrow(() -> new IllegalStateException("No action for job " + job));
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1500; t = t.getCause()) {
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
        }
        return text.toString();
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }
}
