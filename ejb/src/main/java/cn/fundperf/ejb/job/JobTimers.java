package cn.fundperf.ejb.job;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * The timers of every scheduled job: they only hand over to the job facility. A zoned trigger
 * instead of {@code @Schedule}, which reads the server's zone (UTC on our servers) and cannot read
 * the configured one; and not a programmatic EJB timer, whose {@code @Timeout} makes Payara demand
 * the persistent (Hazelcast) timer store that these deployments switch off.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobTimers {

    @Inject
    JobService jobs;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    private final List<ScheduledFuture<?>> timers = new ArrayList<>();

    @PostConstruct
    void schedule() {
        for (ScheduledJob job : ScheduledJob.values()) {
            timers.add(executor.schedule(() -> jobs.runScheduled(job), job.schedule(clock.getZone()).trigger()));
        }
    }

    @PreDestroy
    void stop() {
        timers.forEach(timer -> timer.cancel(false));
    }
}
