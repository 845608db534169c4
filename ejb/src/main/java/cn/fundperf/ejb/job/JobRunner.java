package cn.fundperf.ejb.job;

import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.DataScope;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one attempt of a run this server holds, on a managed thread, as the system actor of the
 * configured jurisdiction. Renews the lease while the work goes on; outside a transaction, so the
 * work's service calls (or chunks) each commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Inject
    JobClaims claims;

    @Inject
    JobTransactions transactions;

    @Inject
    JobSettings settings;

    @Inject
    CurrentActor currentActor;

    @Inject
    @Any
    Instance<JobAction> actions;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedScheduledExecutorService scheduler;

    public void execute(long runId) {
        String node = settings.node();
        Optional<JobRun> held = claims.held(runId, node);
        if (held.isEmpty()) {
            return;   // taken over meanwhile (this server waited too long to start it)
        }
        ScheduledJob job = held.get().getJob();
        currentActor.set(systemActor(job));
        long beat = Math.max(1, settings.lease().toSeconds() / 3);
        ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(() -> claims.renew(runId, node), beat, beat, TimeUnit.SECONDS);
        try {
            String outcome = action(job).execute(new JobProgress(runId, node, claims, transactions));
            if (!claims.succeed(runId, node, outcome)) {
                LOG.warning(() -> "Job run " + runId + " finished after its lease was taken over; its outcome is not recorded");
            }
        } catch (LeaseLostException e) {
            LOG.warning(e::getMessage);
        } catch (RuntimeException e) {   // the attempt must end, whatever broke
            LOG.log(Level.WARNING, "Job " + job + " (run " + runId + ") failed", e);
            claims.fail(runId, node, describe(e));
        } finally {
            heartbeat.cancel(false);
        }
    }

    /** Jobs see the data of a jurisdiction (fundperf.jobs.jurisdiction, a region code), by default everything. */
    private Actor systemActor(ScheduledJob job) {
        String code = settings.jurisdiction();
        String path = code.isEmpty() ? "/" : em.createQuery("select r from Region r where r.code = :code", Region.class)
                .setParameter("code", code).getResultStream().findFirst().map(Region::getPath)
                .orElseThrow(() -> new IllegalStateException("fundperf.jobs.jurisdiction names no region: " + code));
        return Actor.system("job:" + job.name(), DataScope.jurisdiction(path));
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
}
