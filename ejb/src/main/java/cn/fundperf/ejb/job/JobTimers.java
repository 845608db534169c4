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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every server looks every few seconds ({@code fundperf.jobs.poll-seconds}) for runs that are owed
 * or that nobody holds; the due times live in the database (job_due), so a run missed while all
 * servers were down is caught up, and the database, not this timer, decides which server runs it.
 * The managed scheduled executor rather than an EJB timer: programmatic EJB timers make Payara
 * demand the persistent (Hazelcast) timer store that these deployments switch off.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobTimers {

    private static final Logger LOG = Logger.getLogger(JobTimers.class.getName());

    @Inject
    JobService jobs;

    @Inject
    JobSettings settings;

    @Resource
    ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> ticker;

    @PostConstruct
    void schedule() {
        long every = settings.poll().toSeconds();
        ticker = executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            jobs.tick();
        } catch (RuntimeException e) {   // a failed look (database away) must not end the timer
            LOG.log(Level.WARNING, "Job tick failed", e);
        }
    }

    @PreDestroy
    void stop() {
        ticker.cancel(false);
    }
}
