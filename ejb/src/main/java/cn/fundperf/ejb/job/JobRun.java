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

/** One run of a job for one period. The unique (job, period) row is the claim. */
@Entity
@Table(name = "job_run", uniqueConstraints = @UniqueConstraint(columnNames = {"job_name", "period_key"}))
public class JobRun {

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

    @Column(name = "message", length = 2000)
    private String message;

    protected JobRun() {
    }

    JobRun(ScheduledJob job, String periodKey, JobTrigger trigger, String node, String startedBy, LocalDateTime now) {
        this.job = job;
        this.periodKey = periodKey;
        this.trigger = trigger;
        this.node = node;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.status = JobRunStatus.RUNNING;
    }

    void succeed(String outcome, LocalDateTime now) {
        finish(JobRunStatus.SUCCEEDED, outcome, now);
    }

    void fail(String error, LocalDateTime now) {
        finish(JobRunStatus.FAILED, error, now);
    }

    private void finish(JobRunStatus finalStatus, String text, LocalDateTime now) {
        status = finalStatus;
        finishedAt = now;
        durationMillis = Duration.between(startedAt, now).toMillis();
        message = text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public ScheduledJob getJob() {
        return job;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public JobTrigger getTrigger() {
        return trigger;
    }

    public String getNode() {
        return node;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public JobRunStatus getStatus() {
        return status;
    }

    public Long getDurationMillis() {
        return durationMillis;
    }

    public String getMessage() {
        return message;
    }
}
