package cn.fundperf.ejb.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One run of a job for one period. The unique (job, period) row is the claim; while RUNNING it is
 * held by a lease (owner + expiry) that the owner renews. An expired lease, or a failed attempt
 * whose retry time has come, lets any server take the run over: the row's version decides who.
 */
@Entity
@Table(name = "job_run", uniqueConstraints = @UniqueConstraint(columnNames = {"job_name", "period_key"}))
public class JobRun {

    static final int MESSAGE_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_name", nullable = false, length = 60)
    private ScheduledJob job;

    @Column(name = "period_key", nullable = false, length = 60)
    private String periodKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 16)
    private JobTrigger trigger;

    /** the server that ran (or runs) the latest attempt */
    @Column(name = "node", length = 120)
    private String node;

    @Column(name = "started_by", length = 80)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private JobRunStatus status;

    @Column(name = "duration_ms")
    private Long durationMillis;

    @Column(name = "message", length = MESSAGE_LENGTH)
    private String message;

    @Column(name = "attempt", nullable = false)
    private int attempt;

    @Column(name = "lease_owner", length = 120)
    private String leaseOwner;

    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;

    @Column(name = "retry_at")
    private LocalDateTime retryAt;

    @Column(name = "done_count", nullable = false)
    private long done;

    @Column(name = "total_count", nullable = false)
    private long total;

    protected JobRun() {
    }

    /** A new claim, leased to the server that made it. */
    JobRun(ScheduledJob job, String periodKey, JobTrigger trigger, String node, String startedBy, LocalDateTime now, Duration lease) {
        this.job = job;
        this.periodKey = periodKey;
        this.trigger = trigger;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.attempt = 1;
        hold(node, now, lease);
    }

    private void hold(String owner, LocalDateTime now, Duration lease) {
        status = JobRunStatus.RUNNING;
        node = owner;
        leaseOwner = owner;
        leaseUntil = now.plus(lease);
        retryAt = null;
    }

    public boolean isHeldBy(String owner, LocalDateTime now) {
        return status == JobRunStatus.RUNNING && owner.equals(leaseOwner) && !now.isAfter(leaseUntil);
    }

    /** Nobody holds it and it is not finished: its server died (lease expired) or its retry time has come. */
    public boolean isOpenAt(LocalDateTime now) {
        return switch (status) {
            case RUNNING -> now.isAfter(leaseUntil);
            case RETRY_WAIT -> !now.isBefore(retryAt);
            case SUCCEEDED, FAILED -> false;
        };
    }

    /**
     * Takes an open run over as a new attempt. A run whose attempts are spent (its last server died
     * on it) becomes FAILED instead, so a run that kills its server is not started forever.
     * Returns whether this server now holds it.
     */
    boolean takeOver(String owner, LocalDateTime now, Duration lease, RetryPolicy policy) {
        if (!isOpenAt(now)) {
            return false;
        }
        if (status == JobRunStatus.RUNNING && !policy.mayRetryAfter(attempt)) {
            finish(JobRunStatus.FAILED, "job.leaseExpired: the server " + leaseOwner + " stopped during attempt " + attempt, now);
            return false;
        }
        attempt++;
        hold(owner, now, lease);
        return true;
    }

    /** Extends the lease of a run this server holds; false once it is no longer ours. */
    boolean renew(String owner, LocalDateTime now, Duration lease) {
        if (!isHeldBy(owner, now)) {
            return false;
        }
        leaseUntil = now.plus(lease);
        return true;
    }

    boolean progress(String owner, long doneSoFar, long expected, LocalDateTime now, Duration lease) {
        if (!renew(owner, now, lease)) {
            return false;
        }
        done = Math.max(0, doneSoFar);
        total = Math.max(done, expected);
        return true;
    }

    boolean succeed(String owner, String outcome, LocalDateTime now) {
        if (!isHeldBy(owner, now)) {
            return false;
        }
        finish(JobRunStatus.SUCCEEDED, outcome, now);
        return true;
    }

    /** A failed attempt gives its claim back until the retry time, or ends the run once attempts are spent. */
    boolean fail(String owner, String error, LocalDateTime now, RetryPolicy policy) {
        if (!isHeldBy(owner, now)) {
            return false;
        }
        if (policy.mayRetryAfter(attempt)) {
            status = JobRunStatus.RETRY_WAIT;
            retryAt = now.plus(policy.delayAfter(attempt));
            leaseOwner = null;
            leaseUntil = null;
            message = clip(error);
        } else {
            finish(JobRunStatus.FAILED, error, now);
        }
        return true;
    }

    private void finish(JobRunStatus finalStatus, String text, LocalDateTime now) {
        status = finalStatus;
        finishedAt = now;
        durationMillis = Duration.between(startedAt, now).toMillis();
        message = clip(text);
        leaseOwner = null;
        leaseUntil = null;
        retryAt = null;
    }

    private static String clip(String text) {
        return text == null || text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH);
    }

    /** Percent done, or null when the job reported no total. */
    public Integer getPercent() {
        return total <= 0 ? null : (int) Math.min(100, done * 100 / total);
    }

    public Long getId() { return id; }
    public ScheduledJob getJob() { return job; }
    public String getPeriodKey() { return periodKey; }
    public JobTrigger getTrigger() { return trigger; }
    public String getNode() { return node; }
    public String getStartedBy() { return startedBy; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public LocalDateTime getFinishedAt() { return finishedAt; }
    public JobRunStatus getStatus() { return status; }
    public Long getDurationMillis() { return durationMillis; }
    public String getMessage() { return message; }
    public int getAttempt() { return attempt; }
    public String getLeaseOwner() { return leaseOwner; }
    public LocalDateTime getLeaseUntil() { return leaseUntil; }
    public LocalDateTime getRetryAt() { return retryAt; }
    public long getDone() { return done; }
    public long getTotal() { return total; }
}
