package cn.fundperf.ejb.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals committed audit records every few seconds on every server (the chain head's lock lets one
 * at a time). Not a job run: a claimed run row every few seconds would bury the jobs history; the
 * nightly {@code ChainSealingJob} is the one the jobs screen shows.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSealingTimer {

    private static final Logger LOG = Logger.getLogger(AuditSealingTimer.class.getName());

    @Inject
    AuditSealer sealer;

    @Inject
    @ConfigProperty(name = "fundperf.audit.seal-every-seconds", defaultValue = "5")
    long everySeconds;

    @Resource
    ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> timer;

    @PostConstruct
    void schedule() {
        timer = executor.scheduleWithFixedDelay(this::seal, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    private void seal() {
        try {
            sealer.sealPending();
        } catch (RuntimeException e) {
            // an exception would end a fixed-delay schedule for good; the next round tries again
            LOG.log(Level.WARNING, "Sealing audit records failed; next round in " + everySeconds + " s", e);
        }
    }

    @PreDestroy
    void stop() {
        timer.cancel(false);
    }
}
