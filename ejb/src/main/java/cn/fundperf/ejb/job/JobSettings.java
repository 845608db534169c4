package cn.fundperf.ejb.job;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How jobs are run ({@code fundperf.jobs.*} in config/rules.properties): how often each server looks
 * for due and abandoned runs, how long a lease lasts, the retries, the region whose data jobs see,
 * and this server's name as a lease owner.
 */
@ApplicationScoped
public class JobSettings {

    @Inject
    @ConfigProperty(name = "fundperf.jobs.poll-seconds", defaultValue = "15")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "fundperf.jobs.lease-seconds", defaultValue = "120")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "fundperf.jobs.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "fundperf.jobs.retry-delay-seconds", defaultValue = "60")
    int retryDelaySeconds;

    @Inject
    @ConfigProperty(name = "fundperf.jobs.retry-max-delay-seconds", defaultValue = "3600")
    int retryMaxDelaySeconds;

    /** region code; blank: the whole installation */
    @Inject
    @ConfigProperty(name = "fundperf.jobs.jurisdiction", defaultValue = " ")
    String jurisdiction;

    @Inject
    @ConfigProperty(name = "fundperf.jobs.instance-id", defaultValue = " ")
    String instanceId;

    private RetryPolicy retryPolicy;
    private String node;

    @PostConstruct
    void read() {
        retryPolicy = new RetryPolicy(maxAttempts, Duration.ofSeconds(retryDelaySeconds), Duration.ofSeconds(retryMaxDelaySeconds));
        // host@pid unless configured: unique per running server, which is what a lease owner must be
        node = instanceId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : instanceId.strip();
    }

    public Duration poll() { return Duration.ofSeconds(pollSeconds); }
    public Duration lease() { return Duration.ofSeconds(leaseSeconds); }
    public RetryPolicy retryPolicy() { return retryPolicy; }
    public String jurisdiction() { return jurisdiction.strip(); }
    public String node() { return node; }
}
