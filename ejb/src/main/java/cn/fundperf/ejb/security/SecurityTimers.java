package cn.fundperf.ejb.security;

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

/** Timers of the security feature; they only hand over to the job facility (zoned trigger: see AuditTimers). */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SecurityTimers {

    private static final ScheduledJob PURGE = ScheduledJob.LOGIN_FAILURES_PURGE;

    @Inject
    JobService jobs;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> purgeDaily;

    @PostConstruct
    void schedule() {
        purgeDaily = executor.schedule(() -> jobs.runScheduled(PURGE), PURGE.schedule(clock.getZone()).trigger());
    }

    @PreDestroy
    void stop() {
        purgeDaily.cancel(false);
    }
}
