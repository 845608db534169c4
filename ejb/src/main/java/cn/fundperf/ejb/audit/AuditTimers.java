package cn.fundperf.ejb.audit;

import cn.fundperf.ejb.job.JobService;
import cn.fundperf.ejb.job.ScheduledJob;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;

/**
 * Timers of the audit feature: they only hand over to the job facility. A zoned trigger instead
 * of {@code @Schedule}, which reads the server's zone (UTC on our servers) and cannot read the
 * configured one; and not a programmatic EJB timer, whose {@code @Timeout} makes Payara demand
 * the persistent (Hazelcast) timer store that these deployments switch off.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditTimers {

    private static final ScheduledJob CHAIN_VERIFICATION = ScheduledJob.AUDIT_CHAIN_VERIFICATION;

    @Inject
    JobService jobs;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> verifyChainNightly;

    @PostConstruct
    void schedule() {
        verifyChainNightly = executor.schedule(() -> jobs.runScheduled(CHAIN_VERIFICATION),
                CHAIN_VERIFICATION.schedule(clock.getZone()).trigger());
    }

    @PreDestroy
    void stop() {
        verifyChainNightly.cancel(false);
    }
}
